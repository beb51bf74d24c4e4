// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号): agency code, year and serial, e.g. 吕政办发〔2022〕61号. Parses every
 * common variant — brackets 〔〕 [] （） () 【】 ［］ ｛｝, an optional 第, spaces, full-width digits —
 * and prints the canonical form with 〔〕.
 */
public record DocNumber(String agency, int year, int serial) {
    private static final Pattern PATTERN = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,20}?)\\s*[〔\\[（(【［{｛]\\s*((?:19|20)\\d{2})\\s*[〕\\]）)】］}｝]\\s*第?\\s*(\\d{1,5})\\s*号");

    public DocNumber {
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("agency code is empty");
        }
    }

    /** Parses a whole string that is one 文号 (surrounding spaces and brackets allowed). */
    public static Optional<DocNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalizeDigits(text).strip();
        if (s.startsWith("（") && s.endsWith("）") || s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = PATTERN.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(of(m));
    }

    /** Finds the first 文号 inside a longer text. */
    public static Optional<DocNumber> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(normalizeDigits(text));
        return m.find() ? Optional.of(of(m)) : Optional.empty();
    }

    /** The pattern, for callers that need the position of a 文号 in a line (digits already half-width). */
    public static Pattern pattern() {
        return PATTERN;
    }

    static DocNumber of(Matcher m) {
        return new DocNumber(m.group(1).replaceAll("\\s+", ""), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    /** Full-width digits ０–９ become ASCII digits. */
    public static String normalizeDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) (c - '０' + '0'));
            }
        }
        return b == null ? s : b.toString();
    }

    public String canonical() {
        return agency + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return canonical();
    }
}
