// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese line breaking: a line may break between any two Chinese characters, but no line starts
 * with closing punctuation (，。、；：？！）》」』】”’ …) and no line ends with opening punctuation
 * (（《「『【“‘); closing punctuation that does not fit hangs into the margin (up to one and a half
 * characters), otherwise a character is pushed to the next line. Latin words and numbers with
 * their units (12.5%, 2022年 splits only after the digits) are never split.
 */
public final class LineBreaker {
    static final String CLOSING = "，。、；：？！）》」』】〕”’…—％,.;:!?)]}%·";
    static final String OPENING = "（《「『【〔“‘([{";
    private static final double HANG = 1.5;

    private LineBreaker() {
    }

    public static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    public static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /** Line ranges [start, end) of {@code text}; the first line is {@code firstWidth} wide, the others {@code width}. */
    public static List<int[]> lines(String text, double firstWidth, double width, TextStyle style, double size,
                                    TextMeasurer m) {
        List<int[]> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add(new int[] {0, 0});
            return lines;
        }
        List<int[]> units = units(text);
        double em = size * style.scale();
        int lineStart = 0; // index into units
        double w = 0;
        double avail = firstWidth;
        int i = 0;
        while (i < units.size()) {
            int[] u = units.get(i);
            double uw = m.width(text.substring(u[0], u[1]), style, size);
            if (w + uw <= avail + 1e-6 || i == lineStart) {
                if (i == lineStart && uw > avail + 1e-6 && u[1] - u[0] > 1) {
                    // A word longer than the whole line: split it by characters, the only way to show it.
                    units.remove(i);
                    for (int k = u[1] - 1; k >= u[0]; k--) {
                        units.add(i, new int[] {k, k + 1});
                    }
                    continue;
                }
                w += uw;
                i++;
                continue;
            }
            // The unit does not fit. Closing punctuation hangs into the margin when it can.
            if (isClosing(text.charAt(u[0])) && u[1] - u[0] == 1 && w + uw <= avail + HANG * em) {
                w += uw;
                i++;
                continue;
            }
            int breakAt = i;
            // No line may start with closing punctuation or end with opening punctuation: push back.
            while (breakAt - 1 > lineStart && (isClosing(text.charAt(units.get(breakAt)[0]))
                    || isOpening(text.charAt(units.get(breakAt - 1)[1] - 1)))) {
                breakAt--;
            }
            lines.add(new int[] {units.get(lineStart)[0], units.get(breakAt)[0]});
            lineStart = breakAt;
            i = breakAt;
            w = 0;
            avail = width;
        }
        lines.add(new int[] {units.get(lineStart)[0], text.length()});
        return lines;
    }

    /** Break units: Latin words and numbers (with . , % / : - inside) stay whole, spaces and other characters stand alone. */
    static List<int[]> units(String text) {
        List<int[]> units = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (isWordChar(c)) {
                while (j < n && (isWordChar(text.charAt(j))
                        || ".,%/:-'".indexOf(text.charAt(j)) >= 0 && j + 1 < n && isWordChar(text.charAt(j + 1))
                        || text.charAt(j) == '%')) {
                    j++;
                }
            } else if (Character.isHighSurrogate(c) && j < n) {
                j++;
            }
            units.add(new int[] {i, j});
            i = j;
        }
        return units;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
