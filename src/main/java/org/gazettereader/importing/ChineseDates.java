// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as gazettes print them: 2022年12月30日, 2022 年 12 月 30 日 or 一九九九年一月四日. */
public final class ChineseDates {
    private static final Pattern ARABIC = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇零○Ｏ０一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDates() {
    }

    /** The first date in the text. */
    public static Optional<LocalDate> find(String text) {
        String t = org.gazettereader.model.DocNumber.normalizeDigits(text);
        Matcher a = ARABIC.matcher(t);
        Matcher c = CHINESE.matcher(t);
        boolean hasA = a.find();
        boolean hasC = c.find();
        if (hasA && (!hasC || a.start() <= c.start())) {
            return date(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
        }
        if (hasC) {
            return date(chineseYear(c.group(1)), chineseNumber(c.group(2)), chineseNumber(c.group(3)));
        }
        return Optional.empty();
    }

    /** True when the whole line is one date (a signing date line). */
    public static boolean isDateLine(String text) {
        String t = org.gazettereader.model.DocNumber.normalizeDigits(text).strip();
        return (ARABIC.matcher(t).matches() || CHINESE.matcher(t).matches()) && find(t).isPresent();
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int chineseYear(String s) {
        int y = 0;
        for (char ch : s.toCharArray()) {
            int v = switch (ch) {
                case '零', '○', 'Ｏ', '０' -> 0;
                default -> DIGITS.indexOf(ch);
            };
            y = y * 10 + Math.max(v, 0);
        }
        return y;
    }

    /** 一 … 三十一. */
    static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        return tens * 10 + units;
    }
}
