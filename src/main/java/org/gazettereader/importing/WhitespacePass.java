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
        // One pass over the characters; most lines hold none of these, and they come back untouched.
        StringBuilder out = null;
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invisible = c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2060' && c <= '\u2064' || c == '\uFEFF';
            boolean space = c == '\u3000' || c == '\u00A0';
            if ((invisible || space) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (invisible) {
                removed++;
            } else if (out != null) {
                out.append(space ? ' ' : c);
            }
        }
        if (removed > 0) {
            log.record(NAME, index, removed + " invisible format characters");
        }
        return out == null ? text : out.toString();
    }
}
