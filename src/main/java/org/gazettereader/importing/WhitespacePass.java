// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;


/**
 * Turns ideographic (U+3000) and no-break spaces into plain spaces, so that every later step sees
 * one kind of space; the wrap-space repair then decides which spaces stay. Invisible format
 * characters that web pages and word processors leave in text (left-to-right and right-to-left
 * marks, zero-width spaces and joiners, byte-order marks inside the text) are removed and logged:
 * they would hide a line's shape ("第一条", a 文号) from every later step.
 */
public final class WhitespacePass extends LinePass {
    public static final String NAME = "whitespace";

    public WhitespacePass() {
        super(NAME);
    }

    @Override
    String repair(int index, String text, RepairLog log) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        if (visible.length() != text.length()) {
            log.record(NAME, index, text.length() - visible.length() + " invisible format characters");
        }
        return visible.indexOf('\u3000') < 0 && visible.indexOf('\u00A0') < 0 ? visible
                : visible.replace('\u3000', ' ').replace('\u00A0', ' ');
    }

    private static final java.util.regex.Pattern INVISIBLE =
            java.util.regex.Pattern.compile("[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]");
}
