// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

/**
 * Text repairs on single strings: wrap spaces between Chinese characters (and between Chinese and
 * digits) removed, spaces between Latin words kept; title brackets made full-width.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Removes spaces left by line wraps: {@code 吕梁市 35 处} → {@code 吕梁市35处}; {@code to the} stays. */
    public static String removeWrapSpaces(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('\t') < 0 && s.indexOf('\u00A0') < 0) {
            return s.strip();
        }
        String t = s.strip();
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < t.length() && isSpace(t.charAt(j))) {
                    j++;
                }
                char left = b.length() > 0 ? b.charAt(b.length() - 1) : ' ';
                char right = j < t.length() ? t.charAt(j) : ' ';
                if (!joinable(left, right)) {
                    b.append(' ');
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0';
    }

    private static boolean joinable(char left, char right) {
        boolean l = isCjk(left);
        boolean r = isCjk(right);
        return (l && r) || (l && isDigitLike(right)) || (isDigitLike(left) && r);
    }

    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || c == '%' || c == '.';
    }

    /** Han characters, CJK and full-width punctuation, Chinese quotes and dashes, and brackets. */
    public static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF)
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·'
                || c == '(' || c == ')' || c == '[' || c == ']';
    }

    /** A title as the contents page prints it: no wrap spaces, full-width parentheses, 〔〕 for 文号 brackets. */
    public static String normalizeTitle(String s) {
        String t = removeWrapSpaces(DocNumberText.normalizeInText(s));
        return t.replace('(', '（').replace(')', '）');
    }

    /** Only the Han characters and digits of a string, for comparing texts that differ in spaces and punctuation. */
    public static String hanOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.isDigit(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
