// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCR reads the opening bracket of a numbered item as the letter C ({@code C4）} for {@code （4）}).
 * Only a C that stands alone before one or two digits and a closing bracket is replaced.
 */
public final class OcrBracketPass extends LinePass {
    public static final String NAME = "ocr-brackets";
    /** Before a full-width ）: C after a space, Chinese or the line start; before a half-width ): not after a space (C1) in English). */
    private static final Pattern C_BRACKET = Pattern.compile("(?<![^\\s\\p{IsHan}，。；：、])[CcＣ]\\s?(\\d{1,2})\\s?）"
            + "|(?<![^\\p{IsHan}，。；：、])[CcＣ]\\s?(\\d{1,2})\\s?\\)");

    public OcrBracketPass() {
        super(NAME);
    }

    @Override
    String repair(int index, String text, RepairLog log) {
        if (text.indexOf('C') < 0 && text.indexOf('c') < 0 && text.indexOf('Ｃ') < 0) {
            return text;
        }
        Matcher m = C_BRACKET.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            out.append(text, last, m.start()).append('（').append(n).append('）');
            last = m.end();
            log.record(NAME, index, m.group() + " → （" + n + "）");
        }
        return out == null ? text : out.append(text.substring(last)).toString();
    }
}
