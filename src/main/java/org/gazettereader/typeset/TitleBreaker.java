// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Balanced title lines after GB/T 9704 (回行时词意完整、排列对称、长短适宜): a title breaks only
 * between words, into the fewest lines that fit, and among those into the split whose longest line
 * is shortest, the lower lines taking the surplus; the last line never holds a lone character.
 * A word longer than a whole line is broken by characters. No line starts with closing or ends with
 * opening punctuation, as in {@link LineBreaker}.
 */
public final class TitleBreaker {
    private static final double EPS = 1e-6;
    /** Longer than this, the text is no title (a damaged source): it is filled like a paragraph. */
    private static final int MAX_CHARS = 200;
    private final WordBreaks words;

    public TitleBreaker(WordBreaks words) {
        this.words = words;
    }

    /** Line ranges [start, end) of {@code text} in lines {@code width} wide. */
    public List<int[]> lines(String text, double width, TextStyle style, double size, TextMeasurer m) {
        if (text.isEmpty()) {
            List<int[]> one = new ArrayList<>();
            one.add(new int[] {0, 0});
            return one;
        }
        if (text.length() > MAX_CHARS) {
            return LineBreaker.lines(text, width, width, style, size, m);
        }
        int[] cuts = cuts(text, width, style, size, m);
        int n = cuts.length - 1;
        double[] sum = new double[n + 1];
        for (int k = 0; k < n; k++) {
            sum[k + 1] = sum[k] + m.width(text.substring(cuts[k], cuts[k + 1]), style, size);
        }
        int fewest = greedyCount(sum, width);
        boolean guard = letters(text, 0, text.length()) >= 2;
        for (int lines = fewest; guard && lines <= Math.min(n, fewest + 1); lines++) {
            List<int[]> best = balanced(text, cuts, sum, width, lines, true);
            if (best != null) {
                return best;
            }
        }
        return balanced(text, cuts, sum, width, fewest, false);
    }

    /** The allowed break positions: word starts that are also line-breaking opportunities, 0 and the end included. */
    private int[] cuts(String text, double width, TextStyle style, double size, TextMeasurer m) {
        BitSet units = new BitSet(text.length() + 1);
        for (int[] u : LineBreaker.units(text)) {
            units.set(u[0]);
        }
        BitSet starts = words.starts(text);
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int i = 1; i <= text.length(); i++) {
            if (i < text.length() && !(starts.get(i) && breakable(text, units, i))) {
                continue;
            }
            int from = out.get(out.size() - 1);
            if (m.width(text.substring(from, i), style, size) > width + EPS) {
                // A word longer than a line: it may break between any two of its characters.
                for (int k = from + 1; k < i; k++) {
                    if (breakable(text, units, k)) {
                        out.add(k);
                    }
                }
            }
            out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean breakable(String text, BitSet units, int i) {
        return units.get(i) && !LineBreaker.isClosing(text.charAt(i)) && !LineBreaker.isOpening(text.charAt(i - 1));
    }

    private static int greedyCount(double[] sum, double width) {
        int lines = 1;
        int from = 0;
        for (int k = 1; k < sum.length; k++) {
            if (sum[k] - sum[from] > width + EPS && k - 1 > from) {
                lines++;
                from = k - 1;
            }
        }
        return lines;
    }

    /**
     * The split of the pieces into exactly {@code lines} lines whose longest line is shortest, or null;
     * {@code guard}: the last line must hold two characters or more.
     */
    private static List<int[]> balanced(String text, int[] cuts, double[] sum, double width, int lines, boolean guard) {
        int n = cuts.length - 1;
        double[][] f = new double[lines + 1][n + 1];
        for (double[] row : f) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        f[0][0] = 0;
        for (int k = 1; k <= lines; k++) {
            for (int j = 1; j <= n; j++) {
                // Lines ending at piece j start at i, going back while the line still fits.
                for (int i = j - 1; i >= 0 && fits(sum, i, j, width); i--) {
                    if (!guard || k < lines || j < n || letters(text, cuts[i], cuts[n]) >= 2) {
                        f[k][j] = Math.min(f[k][j], Math.max(f[k - 1][i], sum[j] - sum[i]));
                    }
                }
            }
        }
        if (f[lines][n] == Double.POSITIVE_INFINITY) {
            return null;
        }
        // Walk back: each line from the bottom takes as much as the optimum allows.
        List<int[]> out = new ArrayList<>();
        double limit = f[lines][n];
        int j = n;
        for (int k = lines; k >= 1; k--) {
            for (int i = 0; i < j; i++) {
                boolean lastOk = !guard || k < lines || letters(text, cuts[i], cuts[n]) >= 2;
                if (lastOk && fits(sum, i, j, width) && sum[j] - sum[i] <= limit + EPS && f[k - 1][i] <= limit + EPS) {
                    out.add(0, new int[] {cuts[i], cuts[j]});
                    j = i;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean fits(double[] sum, int i, int j, double width) {
        return sum[j] - sum[i] <= width + EPS || j == i + 1;
    }

    /** Characters that are neither punctuation nor spaces. */
    private static int letters(String text, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && !LineBreaker.isClosing(ch) && !LineBreaker.isOpening(ch)) {
                c++;
            }
        }
        return c;
    }
}
