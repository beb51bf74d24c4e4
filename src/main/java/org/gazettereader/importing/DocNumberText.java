// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.regex.Matcher;
import org.gazettereader.model.DocNumber;

/** Rewrites every 文号 inside a text in its canonical form (〔〕 brackets, no spaces, no 第). */
final class DocNumberText {
    private DocNumberText() {
    }

    static String normalizeInText(String s) {
        String digits = DocNumber.normalizeDigits(s);
        Matcher m = DocNumber.pattern().matcher(digits);
        StringBuilder b = null;
        int last = 0;
        while (m.find()) {
            if (b == null) {
                b = new StringBuilder(s.length());
            }
            b.append(digits, last, m.start());
            b.append(Matcher.quoteReplacement(new DocNumber(m.group(1).replaceAll("\\s+", ""),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).canonical()));
            last = m.end();
        }
        if (b == null) {
            return digits;
        }
        b.append(digits, last, digits.length());
        return b.toString();
    }
}
