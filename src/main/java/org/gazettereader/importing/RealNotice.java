// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gazettereader.importing.CorpusGenerator.Form;
import org.gazettereader.importing.CorpusGenerator.Shape;
import org.gazettereader.importing.CorpusGenerator.Text;
import org.gazettereader.model.Notice;

/**
 * A notice of the real issue with the places of its parts, as line indices into {@code lines}:
 * the 文号 line (the title stands above it), the recipients, the end of the body (the 附件：
 * list or the closing), the closing's first signature line, the date line, the line after the
 * publication note, and the consultation footer. Any of them is -1 when it was not found; such
 * a notice is printed as it is ({@link #variable()} is false).
 */
record RealNotice(List<String> lines, String title, String section, String doc, int docLine, int recipients,
        int bodyEnd, int closing, int date, int after, int tail) {
    static RealNotice of(List<String> lines, Notice parsed) {
        int doc = -1;
        for (int i = 0; i < lines.size() && doc < 0; i++) {
            String t = lines.get(i).strip();
            if (!t.startsWith("（") && !t.startsWith("(") && Patterns.docNumberLine(t).isPresent()) {
                doc = i;
            }
        }
        int recipients = doc > 0 ? nextNonBlank(lines, doc + 1) : -1;
        int date = -1;
        int closing = -1;
        for (int k = recipients + 1; recipients > 0 && k < lines.size() && date < 0; k++) {
            if (ChineseDates.isDateLine(lines.get(k))) {
                int first = signaturesAbove(lines, k, recipients);
                if (first < k) {
                    date = k;
                    closing = first;
                }
            }
        }
        int bodyEnd = closing;
        int after = -1;
        int tail = -1;
        if (date > 0) {
            for (int k = recipients + 1; k < closing; k++) {
                if (Patterns.ATTACHMENT_LIST.matcher(unbullet(lines.get(k))).find()) {
                    bodyEnd = k;
                    break;
                }
            }
            int note = nextNonBlank(lines, date + 1);
            after = note >= 0 && Patterns.isNote(lines.get(note)) ? note + 1 : date + 1;
            tail = lines.size();
            for (int k = after; k < lines.size(); k++) {
                String t = lines.get(k).strip();
                if (Patterns.CONSULT_HEADING.matcher(t).matches() || Patterns.CONSULT_UNIT.matcher(t).matches()
                        || Patterns.CONSULT_PHONE.matcher(t).matches()) {
                    tail = k;
                    break;
                }
            }
        }
        return new RealNotice(List.copyOf(lines), parsed.title(), parsed.section(), parsed.docNumber(), doc, recipients,
                bodyEnd, closing, date, after, tail);
    }

    boolean variable() {
        return docLine > 0 && recipients > 0 && date > 0;
    }

    boolean titleHasAbout() {
        return title.indexOf("关于") > 0;
    }

    String titleFromAbout() {
        return title.substring(title.indexOf("关于"));
    }

    /** Appends the notice printed in shape {@code s}. */
    void render(StringBuilder b, Shape s, Text text) {
        if (!variable()) {
            copy(b, text, 0, lines.size());
            return;
        }
        title(b, s, text);
        if (!s.noDoc()) {
            b.append(text.apply(s.docFrom() != null ? s.docFrom().lines().get(s.docFrom().docLine())
                    : lines.get(docLine))).append("\n\n");
        }
        if (s.form() == Form.ATTACHMENT_ONLY) {
            attachmentOnly(b, text);
            return;
        }
        copy(b, text, docLine + 1, recipients + 1);
        switch (s.form()) {
            case SHORT -> {
                int first = nextNonBlank(lines, recipients + 1);
                if (first >= 0 && first < bodyEnd) {
                    b.append(text.apply(lines.get(first))).append("\n\n");
                }
            }
            case LONG -> {
                int paragraphs = Math.max(1, nonBlank(recipients + 1, bodyEnd));
                for (int rep = Math.max(6, CorpusGenerator.LONG_MIN_LINES / paragraphs); rep > 0; rep--) {
                    copy(b, text, recipients + 1, bodyEnd);
                }
            }
            default -> copy(b, text, recipients + 1, bodyEnd);
        }
        if (s.form() != Form.SHORT) {
            copy(b, text, bodyEnd, closing);
        }
        if (!s.noIssuer()) {
            copy(b, text, closing, date);
        }
        if (s.noDate()) {
            damagedDate(lines.get(date), s.damage()).ifPresent(d -> b.append(d).append("\n\n"));
        } else {
            copy(b, text, date, date + 1);
        }
        copy(b, text, date + 1, after);
        if (s.form() != Form.SHORT) {
            copy(b, text, after, lines.size());
        }
    }

    /** The title lines above the 文号; without issuer they start at 关于 (an issuer alone on a line goes). */
    private void title(StringBuilder b, Shape s, Text text) {
        boolean seenAbout = !s.noIssuer();
        for (int i = 0; i < docLine; i++) {
            String t = lines.get(i);
            if (!seenAbout) {
                int about = t.indexOf("关于");
                if (about < 0) {
                    continue;
                }
                t = t.substring(about);
                seenAbout = true;
            }
            b.append(text.apply(t)).append('\n');
        }
        b.append('\n');
    }

    /** A label 附件, then the first lines of the notice's attachments (or of its body when it has none). */
    private void attachmentOnly(StringBuilder b, Text text) {
        int from = nonBlank(after, tail) > 0 ? after : recipients + 1;
        int to = from == after ? tail : bodyEnd;
        int first = nextNonBlank(lines, from);
        if (first < 0 || !Patterns.ATTACHMENT_LABEL.matcher(lines.get(first).strip()).matches()) {
            b.append("附件\n\n");
        }
        int taken = 0;
        for (int i = from; i < to && taken < CorpusGenerator.ATTACHMENT_ONLY_LINES; i++) {
            if (!lines.get(i).isBlank()) {
                b.append(text.apply(lines.get(i))).append("\n\n");
                taken++;
            }
        }
    }

    private void copy(StringBuilder b, Text text, int from, int to) {
        for (int i = from; i < to; i++) {
            b.append(text.apply(lines.get(i))).append('\n');
        }
    }

    private int nonBlank(int from, int to) {
        int n = 0;
        for (int i = Math.max(from, 0); i < to; i++) {
            if (!lines.get(i).isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static int signaturesAbove(List<String> lines, int date, int floor) {
        int first = date;
        int count = 0;
        for (int j = date - 1; j > floor && count < 4; j--) {
            String s = lines.get(j).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!Patterns.isSignature(s)) {
                break;
            }
            first = j;
            count++;
        }
        return first;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String unbullet(String line) {
        String t = line.strip();
        return t.startsWith("- ") ? t.substring(2) : t;
    }

    /**
     * The date line as extraction damages it so that no date can be read, or empty when the line is
     * lost: a wrap space inside a Chinese numeral (二〇二二年十二月三 十日), the letter O for a zero,
     * the day cut off by a page break, or nothing at all.
     */
    private static Optional<String> damagedDate(String line, int damage) {
        Optional<LocalDate> parsed = ChineseDates.find(line);
        if (parsed.isEmpty() || damage == 3) {
            return Optional.empty();
        }
        LocalDate d = parsed.get();
        return Optional.of(switch (damage) {
            case 0 -> {
                String year = chineseYear(d.getYear());
                String month = chineseNumber(d.getMonthValue());
                String day = chineseNumber(d.getDayOfMonth());
                // A space inside the first numeral of two or more characters breaks it.
                if (day.length() > 1) {
                    day = day.charAt(0) + " " + day.substring(1);
                } else if (month.length() > 1) {
                    month = month.charAt(0) + " " + month.substring(1);
                } else {
                    year = year.substring(0, 2) + " " + year.substring(2);
                }
                yield year + "年" + month + "月" + day + "日";
            }
            case 1 -> (d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日").replaceFirst("0", "O");
            default -> d.getYear() + "年" + d.getMonthValue() + "月";
        });
    }

    private static String chineseYear(int year) {
        String digits = "〇一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(year).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String chineseNumber(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
}
