// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCR reads the numeral 一 as a dash (—, -, －, –) inside dates written in Chinese numerals
 * ({@code —九九九年一月四日}, {@code 一九九九年—月四日}): inside such a date, and only there, a dash becomes 一.
 */
public final class OcrDatePass extends LinePass {
    public static final String NAME = "ocr-date-dashes";
    private static final String DASH = "—\\-－–";
    private static final Pattern DATE = Pattern.compile("[〇零○一二三四五六七八九" + DASH + "]{4}\\s*年\\s*[一二三四五六七八九十" + DASH
            + "]{1,3}\\s*月\\s*[一二三四五六七八九十" + DASH + "]{1,3}\\s*日");

    public OcrDatePass() {
        super(NAME);
    }

    @Override
    String repair(int index, String text, RepairLog log) {
        if (text.indexOf('年') < 0 || text.indexOf('日') < 0) {
            return text;
        }
        Matcher m = DATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String date = m.group();
            String fixed = date.replaceAll("[" + DASH + "]", "一");
            // A run of dashes is a rule, not a date: at least the year must hold real numerals.
            if (fixed.equals(date) || Patterns.hanCount(date.substring(0, date.indexOf('年'))) < 2) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(fixed);
            last = m.end();
            log.record(NAME, index, date + " → " + fixed);
        }
        return out == null ? text : out.append(text.substring(last)).toString();
    }
}
