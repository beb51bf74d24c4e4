// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The issue's cover and imprint: gazette name, publisher, year, issue, cumulative number, date. */
record FrontMatter(String gazette, String publisher, Integer year, Integer issue, Integer totalIssue, LocalDate published) {
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}\\s]{2,40}公报$");
    private static final Pattern YEAR_ISSUE = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*(\\d{1,3})\\s*[期号]");
    private static final Pattern ISSUE_ONLY = Pattern.compile("第\\s*(\\d{1,3})\\s*[期号]");
    private static final Pattern TOTAL = Pattern.compile("总\\s*(?:第\\s*(\\d{1,5})\\s*[期号]|号\\s*[：:]\\s*(\\d{1,5}))");
    private static final Pattern PUBLISHER = Pattern.compile("^(?:主办单位|主\\s*办|编辑出版|出版单位|编\\s*辑)\\s*[：:]\\s*(\\S.*)$");
    /** An imprint that names the body before the verb: 浙江省人民政府办公厅编印 (a date may follow). */
    private static final Pattern PUBLISHER_BEFORE = Pattern.compile("^(\\p{IsHan}{4,30}?)(?:编印|主办|编辑出版|编辑)(?:\\s|$)");
    private static final Pattern COVER_YEAR = Pattern.compile("^(\\d{4})\\s*[·.／/]\\s*(\\d{1,3})$");

    static FrontMatter parse(List<SourceLine> lines, int from, int to) {
        String gazette = null;
        String publisher = null;
        Integer year = null;
        Integer issue = null;
        Integer total = null;
        LocalDate published = null;
        LocalDate firstDate = null;
        boolean fromCover = false;
        for (int i = from; i < to; i++) {
            String plain = DocNumberText.normalizeInText(lines.get(i).text().strip());
            String t = ChineseNumerals.arabicMasthead(plain);
            if (t.isEmpty()) {
                continue;
            }
            String compact = t.replaceAll("\\s+", "");
            if (gazette == null && NAME.matcher(t).matches()) {
                gazette = compact;
            }
            Matcher m = YEAR_ISSUE.matcher(t);
            if ((issue == null || fromCover) && m.find()) {
                fromCover = false;
                year = Integer.parseInt(m.group(1));
                issue = Integer.parseInt(m.group(2));
            } else if (issue == null && !t.contains("总") && (m = ISSUE_ONLY.matcher(t)).find() && t.length() < 30) {
                issue = Integer.parseInt(m.group(1));
            }
            m = TOTAL.matcher(t);
            if (total == null && m.find()) {
                total = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            }
            m = PUBLISHER.matcher(t);
            if (publisher == null && m.matches()) {
                publisher = TextNormalizer.removeWrapSpaces(m.group(1));
            }
            m = PUBLISHER_BEFORE.matcher(t);
            if (publisher == null && m.find()) {
                publisher = m.group(1);
            }
            var date = ChineseDates.find(plain);
            if (date.isPresent()) {
                if (published == null && t.contains("出版")) {
                    published = date.get();
                }
                if (firstDate == null) {
                    firstDate = date.get();
                }
            }
            m = COVER_YEAR.matcher(t);
            if (issue == null && m.matches()) {
                // The cover's "2023 · 1" yields to an explicit 2023年第1期 further on.
                fromCover = true;
                year = Integer.parseInt(m.group(1));
                issue = Integer.parseInt(m.group(2));
            }
        }
        if (published == null) {
            published = firstDate;
        }
        if (year == null && published != null && issue != null) {
            year = published.getYear();
        }
        return new FrontMatter(gazette, publisher, year, issue, total, published);
    }
}
