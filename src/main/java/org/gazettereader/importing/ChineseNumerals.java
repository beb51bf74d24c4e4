// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese numerals in mastheads: 一九五四年 (digit by digit), 第十二号, 总第一百零五号. */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern YEAR = Pattern.compile("([〇零○一二三四五六七八九]{4})(\\s*年)");
    private static final Pattern NUMBERED = Pattern.compile("第\\s*([〇零一二三四五六七八九十百]{1,6})\\s*([号期])");

    private ChineseNumerals() {
    }

    /** The line with a Chinese-numeral year and 第…号 / 第…期 numbers written in Arabic digits. */
    static String arabicMasthead(String line) {
        if (line.indexOf('年') < 0 && line.indexOf('第') < 0) {
            return line;
        }
        StringBuilder b = new StringBuilder();
        Matcher y = YEAR.matcher(line);
        while (y.find()) {
            y.appendReplacement(b, digits(y.group(1)) + y.group(2));
        }
        y.appendTail(b);
        Matcher n = NUMBERED.matcher(b.toString());
        StringBuilder out = new StringBuilder();
        while (n.find()) {
            int v = value(n.group(1));
            n.appendReplacement(out, v > 0 ? "第" + v + n.group(2) : Matcher.quoteReplacement(n.group()));
        }
        n.appendTail(out);
        return out.toString();
    }

    /** 一九五四 → 1954. */
    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '零' || c == '○' ? 0 : Math.max(0, DIGITS.indexOf(c)));
        }
        return b.toString();
    }

    /** 一 → 1, 十二 → 12, 一百零五 → 105; 0 when the text is not such a number. */
    static int value(String s) {
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = c == '零' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return 0;
            }
        }
        return total + current;
    }
}
