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
        return hash(gazette + "|" + year + "|" + issue + "|" + (docNumber != null ? docNumber : "title:" + title));
    }

    /**
     * The id of a single document, which is also what makes a later import a new version of it:
     * its 文号, or, without one, its title, signing date and adoption note ({@code note}, null when it
     * has none). Two versions of a law (same title, a 修正 added to the note) get two ids; a corrected
     * copy of the same document keeps the id its bookmarks point at.
     */
    public static String document(String docNumber, String title, java.time.LocalDate signed, String note) {
        return hash("document|" + (docNumber != null ? docNumber : "title:" + title + "|" + signed + "|" + note));
    }

    private static String hash(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "n" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
