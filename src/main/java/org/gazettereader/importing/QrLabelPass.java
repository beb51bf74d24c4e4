// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.Set;

/** Drops the captions of printed QR codes (扫码咨询, 政策解读, 扫码阅读 …), which carry no text of the notice. */
public final class QrLabelPass extends LinePass {
    public static final String NAME = "qr-labels";
    private static final Set<String> LABELS = Set.of("扫码咨询", "政策解读", "扫码阅读", "掌上公报", "扫一扫", "扫码查看",
            "图解", "图片解读", "扫码解读", "咨询与解读");

    public QrLabelPass() {
        super(NAME);
    }

    @Override
    String repair(int index, String text, RepairLog log) {
        if (!isLabelLine(text)) {
            return text;
        }
        log.record(NAME, index, text.strip());
        return "";
    }

    static boolean isLabelLine(String text) {
        if (text.length() > 40) {
            return false;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (LABELS.contains(t.replaceAll("\\s+", ""))) {
            return true;
        }
        for (String part : t.split("\\s+")) {
            if (!LABELS.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
