// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns ideographic (U+3000) and no-break spaces into plain spaces, so that every later step sees
 * one kind of space; the wrap-space repair then decides which spaces stay. Invisible format
 * characters that web pages and word processors leave in text (left-to-right and right-to-left
 * marks, zero-width spaces and joiners, byte-order marks inside the text) are removed and logged:
 * they would hide a line's shape ("第一条", a 文号) from every later step.
 */
public final class WhitespacePass implements RepairPass {
    public static final String NAME = "whitespace";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, RepairLog log) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            String visible = INVISIBLE.matcher(t).replaceAll("");
            if (visible.length() != t.length()) {
                log.record(NAME, i, t.length() - visible.length() + " invisible format characters");
                t = visible;
            }
            out.add(t.indexOf('\u3000') < 0 && t.indexOf('\u00A0') < 0 && t == line.text() ? line
                    : line.withText(t.replace('\u3000', ' ').replace('\u00A0', ' ')));
        }
        return out;
    }

    private static final java.util.regex.Pattern INVISIBLE =
            java.util.regex.Pattern.compile("[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]");
}
