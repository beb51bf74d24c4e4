// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable notice ids: the same notice gets the same id on every import, so bookmarks survive a
 * re-import. Built from the gazette, year, issue and the 文号 (or the title when there is none).
 */
public final class NoticeIds {
    private NoticeIds() {
    }

    public static String id(String gazette, Integer year, Integer issue, String docNumber, String title) {
        String key = gazette + "|" + year + "|" + issue + "|" + (docNumber != null ? docNumber : "title:" + title);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "n" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
