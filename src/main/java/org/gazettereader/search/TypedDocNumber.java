// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazettereader.model.DocNumber;

/**
 * A 文号 as people type it into the search box: the agency may be missing (2023年6号), in pinyin
 * initials (lzh 2023 6) or in characters, brackets and 号 may be missing, and year and serial may be
 * split by a space, a hyphen, a slash, 年 or 第 (吕政函2023-6, 吕政函〔2023〕第6号). Year and serial must be
 * apart: 吕政函20236 is no 文号.
 *
 * @param agency the agency as typed (characters or letters), or null when only numbers were typed
 */
record TypedDocNumber(String agency, int year, int serial) {
    private static final Pattern TYPED = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{0,20}?)[\\s　\\-/]*[〔\\[（(【［{｛]?[\\s　]*((?:19|20)\\d{2})[\\s　]*"
            + "([〕\\]）)】］}｝]|年)?[\\s　\\-/－—_.]*(第)?[\\s　]*(\\d{1,5})[\\s　]*号?");

    /** The whole of {@code text} read as a typed 文号, or empty. */
    static Optional<TypedDocNumber> parse(String text) {
        if (text == null || text.length() > 60) {
            return Optional.empty();
        }
        String s = DocNumber.normalizeDigits(text).strip();
        Matcher m = TYPED.matcher(s);
        if (!m.matches() || m.end(2) == m.start(5)) {
            return Optional.empty();
        }
        String agency = m.group(1).isEmpty() ? null : m.group(1);
        if (agency != null && agency.chars().anyMatch(c -> c < 0x80) && !Pinyin.isLetters(agency)) {
            return Optional.empty(); // a single letter, or letters mixed with characters: not an agency people type
        }
        return Optional.of(new TypedDocNumber(agency, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(5))));
    }

    /** True when the agency was typed in letters (pinyin initials or full pinyin). */
    boolean agencyInLetters() {
        return agency != null && Pinyin.isLetters(agency);
    }

    /** The value of {@link Fields#DOC_YEAR_SERIAL}. */
    static String yearSerial(int year, int serial) {
        return year + "/" + serial;
    }

    /** The canonical 文号 when the agency was typed in characters, else null. */
    String canonical() {
        return agency == null || agencyInLetters() ? null : new DocNumber(agency, year, serial).canonical();
    }
}
