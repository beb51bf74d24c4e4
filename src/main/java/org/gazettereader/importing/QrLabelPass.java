// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Drops the captions of printed QR codes (扫码咨询, 政策解读, 扫码阅读 …), which carry no text of the notice. */
public final class QrLabelPass implements RepairPass {
    public static final String NAME = "qr-labels";
    private static final Set<String> LABELS = Set.of("扫码咨询", "政策解读", "扫码阅读", "掌上公报", "扫一扫", "扫码查看",
            "图解", "图片解读", "扫码解读", "咨询与解读");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, RepairLog log) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (isLabelLine(line.text())) {
                log.record(NAME, i, line.text().strip());
                out.add(line.withText(""));
            } else {
                out.add(line);
            }
        }
        return out;
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
