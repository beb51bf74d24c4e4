// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazettereader.model.Notice;

/**
 * Builds a corpus of gazette issues from a real one. Each issue takes a random subset of the real
 * notices under another gazette name (city), year, issue number, cumulative number and 文号, with
 * a contents page of its own, and varies them as gazettes vary in the world: notices without a
 * signing date (line dropped or damaged by OCR), without a 文号, without an issuer, two notices
 * sharing one 文号, notices that are only an attachment, very short and very long notices, and a
 * few issues whose front matter lacks the year or the issue number. Deterministic for a seed.
 */
public final class CorpusGenerator {
    /** What a generated notice was made to lack or to be; {@link Generated#variations()} counts them. */
    public enum Variation {
        /** The signing date line dropped or damaged (二〇二二年十二月三 十日, 2O22年…), or no closing at all. */
        NO_SIGNING_DATE,
        /** The 文号 line and the 文号 in the contents entry dropped. */
        NO_DOC_NUMBER,
        /** The title starts at 关于 and the signature lines are dropped. */
        NO_ISSUER,
        /** The notice carries the 文号 of an earlier notice of the same issue. */
        SHARED_DOC_NUMBER,
        /** Title and 文号, then only an attachment: no recipients, body or closing. */
        ATTACHMENT_ONLY,
        /** Head, recipients, one paragraph and the closing: a few lines. */
        SHORT,
        /** The body paragraphs repeated many times. */
        LONG
    }

    private static final String[] CITIES = {"吕梁市", "太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市",
        "运城市", "忻州市", "临汾市", "郑州市", "洛阳市", "开封市", "安阳市", "西安市", "宝鸡市", "咸阳市", "延安市", "榆林市"};
    private static final String REAL_CITY = "吕梁市";
    private static final Pattern DOC = Pattern.compile("〔(\\d{4})〕\\s*(\\d{1,5})\\s*号");
    private static final Pattern COVER = Pattern.compile("^\\d{4}\\s*[·.／/]\\s*\\d{1,3}$");
    private static final Pattern YEAR_ISSUE = Pattern.compile("\\d{4}\\s*年\\s*第\\s*\\d+\\s*期\\s*（\\s*总第\\s*\\d+\\s*期\\s*）");
    private static final Pattern PUBLISHED_YEAR = Pattern.compile("^\\d{4}(\\s*年.*出版.*)$");
    /** One issue in this many lacks its year (or its year and issue number) in the front matter. */
    private static final int FRONT_WITHOUT_YEAR_EVERY = 21;
    /** 文号 serials move by this much per issue number, so 文号 never repeat across issues of a year. */
    private static final int SERIALS_PER_ISSUE = 100;
    private static final double NO_DOC = 0.17;
    private static final double NO_ISSUER = 0.16;
    private static final double NO_DATE = 0.14;
    private static final double ATTACHMENT_ONLY = 0.06;
    private static final double SHORT = 0.08;
    private static final double LONG = 0.05;
    private static final double SHARED_DOC = 0.3;
    private static final int LONG_MIN_LINES = 120;
    private static final int ATTACHMENT_ONLY_LINES = 12;
    private static final String LEADERS = "……………";

    private final List<String> front;
    private final List<Real> notices;
    private final List<String> sections;
    private final Integer realYear;

    private CorpusGenerator(List<String> front, List<Real> notices, List<String> sections, Integer realYear) {
        this.front = front;
        this.notices = notices;
        this.sections = sections;
        this.realYear = realYear;
    }

    /** Splits a real issue into its front matter (before the contents) and its notices (by the parser's spans). */
    public static CorpusGenerator from(Path name, byte[] realIssue) throws ImportException {
        List<SourceLine> lines = new TextSourceReader().read(name, realIssue);
        ParseResult parsed = GazetteParser.standard().parse(name, lines);
        int tocLine = Contents.find(parsed.lines());
        int frontEnd = tocLine >= 0 ? tocLine : parsed.spans().get(0)[0];
        List<String> front = new ArrayList<>();
        for (int i = 0; i < frontEnd; i++) {
            front.add(lines.get(i).text());
        }
        List<Real> notices = new ArrayList<>();
        List<Notice> parsedNotices = parsed.issue().notices();
        for (int k = 0; k < parsed.spans().size(); k++) {
            int[] span = parsed.spans().get(k);
            List<String> n = new ArrayList<>();
            for (int i = span[0]; i < span[1]; i++) {
                n.add(lines.get(i).text());
            }
            notices.add(Real.of(n, parsedNotices.get(k)));
        }
        return new CorpusGenerator(front, notices, parsed.issue().sections(), parsed.issue().year());
    }

    public int realNotices() {
        return notices.size();
    }

    /**
     * A generated issue and what it holds: {@code year} and {@code issue} are null where the front
     * matter leaves them out, {@code titles} are the notices' titles in order as the parser reads
     * them, and {@code variations} counts the notices made with each {@link Variation}.
     */
    public record Generated(String gazette, Integer year, Integer issue, int notices, String text,
                            List<String> titles, Map<Variation, Integer> variations) {
        public Generated {
            titles = List.copyOf(titles);
            variations = Collections.unmodifiableMap(new EnumMap<>(variations));
        }

        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** How many notices were made with {@code v}. */
        public int count(Variation v) {
            return variations.getOrDefault(v, 0);
        }
    }

    /** One generated issue as text; {@code index} makes gazette, year and issue unique within a corpus. */
    public Generated issue(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        String city = CITIES[index % CITIES.length];
        int year = 1950 + (index / CITIES.length) / 12 % 100;
        int issueNo = 1 + (index / CITIES.length) % 12;
        int cumulative = 1 + index / CITIES.length;
        boolean frontWithoutYear = Math.floorMod(index + seed, FRONT_WITHOUT_YEAR_EVERY) == 0;
        boolean frontWithoutIssue = frontWithoutYear && (index / FRONT_WITHOUT_YEAR_EVERY) % 2 == 1;
        Text text = new Text(city, realYear == null ? 0 : year - realYear, issueNo);

        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            chosen.add(i);
        }
        Collections.shuffle(chosen, r);
        int take = Math.max(3, notices.size() / 2 + r.nextInt(notices.size() / 2 + 1));
        chosen = new ArrayList<>(chosen.subList(0, Math.min(take, chosen.size())));
        // Gazettes print their notices section by section, as the contents page lists them.
        chosen.sort(Comparator.comparingInt(k -> sectionOrder(notices.get(k).section())));

        List<Shape> shapes = new ArrayList<>();
        for (int k : chosen) {
            // Without year or issue number a title is all that tells apart notices without 文号 in the
            // ids of one gazette; real issues do not repeat titles, the sample's notices would.
            shapes.add(shape(notices.get(k), r, !frontWithoutYear));
        }
        keepIssuerFirstInSection(chosen, shapes);
        shareDocNumber(chosen, shapes, r);

        StringBuilder b = new StringBuilder(64 * 1024);
        frontMatter(b, text, year, issueNo, cumulative, frontWithoutYear, frontWithoutIssue);
        contents(b, text, chosen, shapes, r);
        List<String> titles = new ArrayList<>();
        Map<Variation, Integer> counts = new EnumMap<>(Variation.class);
        for (int i = 0; i < chosen.size(); i++) {
            Real n = notices.get(chosen.get(i));
            Shape s = shapes.get(i);
            n.render(b, s, text);
            titles.add(text.apply(s.noIssuer() ? n.titleFromAbout() : n.title()));
            s.variations().forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        return new Generated(city + "人民政府公报", frontWithoutYear ? null : year, frontWithoutIssue ? null : issueNo,
                chosen.size(), b.toString(), titles, counts);
    }

    /** Writes {@code count} issues into {@code dir}; returns the total number of notices. */
    public long write(Path dir, long seed, int count) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        for (int i = 0; i < count; i++) {
            Generated g = issue(seed, i);
            Files.write(dir.resolve(fileName(i)), g.bytes());
            total += g.notices();
        }
        return total;
    }

    /** The file name {@link #write} gives issue {@code index}. */
    public static String fileName(int index) {
        return String.format("issue-%05d.txt", index);
    }

    private int sectionOrder(String section) {
        int i = section == null ? -1 : sections.indexOf(section);
        return i < 0 ? sections.size() : i;
    }

    private static Shape shape(Real n, Random r, boolean mayDropDoc) {
        if (!n.variable()) {
            return Shape.AS_PRINTED;
        }
        boolean noDoc = mayDropDoc && r.nextDouble() < NO_DOC;
        boolean noIssuer = n.titleHasAbout() && r.nextDouble() < NO_ISSUER;
        boolean noDate = r.nextDouble() < NO_DATE;
        double f = r.nextDouble();
        Form form = f < ATTACHMENT_ONLY ? Form.ATTACHMENT_ONLY
                : f < ATTACHMENT_ONLY + SHORT ? Form.SHORT
                : f < ATTACHMENT_ONLY + SHORT + LONG ? Form.LONG : Form.AS_PRINTED;
        return new Shape(noDoc, noIssuer, noDate, r.nextInt(4), form, null);
    }

    /**
     * A contents entry that starts with 关于 right under a section name makes the parser take the
     * name for the start of the body, so each section opens with a notice whose title names its issuer.
     */
    private void keepIssuerFirstInSection(List<Integer> chosen, List<Shape> shapes) {
        int first = 0;
        while (first < chosen.size()) {
            String section = notices.get(chosen.get(first)).section();
            int end = first + 1;
            while (end < chosen.size() && Objects.equals(notices.get(chosen.get(end)).section(), section)) {
                end++;
            }
            if (shapes.get(first).noIssuer()) {
                int swap = first + 1;
                while (swap < end && shapes.get(swap).noIssuer()) {
                    swap++;
                }
                if (swap < end) {
                    Collections.swap(chosen, first, swap);
                    Collections.swap(shapes, first, swap);
                } else {
                    shapes.set(first, shapes.get(first).withIssuer());
                }
            }
            first = end;
        }
    }

    /** Now and then a later notice of the issue carries the 文号 of an earlier one. */
    private void shareDocNumber(List<Integer> chosen, List<Shape> shapes, Random r) {
        List<Integer> withDoc = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (notices.get(chosen.get(i)).variable() && !shapes.get(i).noDoc()) {
                withDoc.add(i);
            }
        }
        if (withDoc.size() < 2 || r.nextDouble() >= SHARED_DOC) {
            return;
        }
        int a = r.nextInt(withDoc.size() - 1);
        int b = a + 1 + r.nextInt(withDoc.size() - a - 1);
        int later = withDoc.get(b);
        shapes.set(later, shapes.get(later).sharing(notices.get(chosen.get(withDoc.get(a)))));
    }

    private void frontMatter(StringBuilder b, Text text, int year, int issueNo, int cumulative,
                             boolean withoutYear, boolean withoutIssue) {
        for (String line : front) {
            String t = line.strip();
            if (COVER.matcher(t).matches()) {
                if (!withoutYear) {
                    b.append(year).append(" · ").append(issueNo).append('\n');
                }
                continue;
            }
            Matcher yi = YEAR_ISSUE.matcher(line);
            if (yi.find()) {
                String total = "（总第 " + cumulative + " 期）";
                if (!withoutYear) {
                    b.append(yi.replaceFirst(year + " 年第 " + issueNo + " 期" + total)).append('\n');
                } else if (!withoutIssue) {
                    // 第 N 期 alone on its line: the parser reads an issue number only from a line without 总.
                    b.append("第 ").append(issueNo).append(" 期\n\n").append(total).append('\n');
                } else {
                    b.append(total).append('\n');
                }
                continue;
            }
            Matcher published = PUBLISHED_YEAR.matcher(t);
            if (published.matches()) {
                if (!withoutYear) {
                    b.append(year).append(published.group(1)).append('\n');
                }
                continue;
            }
            b.append(text.apply(line)).append('\n');
        }
    }

    private void contents(StringBuilder b, Text text, List<Integer> chosen, List<Shape> shapes, Random r) {
        b.append("目 录\n\n");
        String section = null;
        int page = 1;
        for (int i = 0; i < chosen.size(); i++) {
            Real n = notices.get(chosen.get(i));
            Shape s = shapes.get(i);
            if (n.section() != null && !n.section().equals(section)) {
                section = n.section();
                b.append(section).append("\n\n");
            }
            String title = text.apply(s.noIssuer() ? n.titleFromAbout() : n.title());
            String doc = s.noDoc() || n.doc() == null ? "" : "（" + text.apply(s.docOf(n).doc()) + "）";
            switch (r.nextInt(3)) {
                case 0 -> b.append(title).append(doc).append(LEADERS).append(' ').append(page).append("\n\n");
                case 1 -> b.append(title).append(doc).append('\t').append(page).append('\n');
                default -> b.append(title).append("\n\n").append(doc).append(LEADERS).append(page).append("\n\n");
            }
            page += 1 + n.lines().size() / 40;
        }
        b.append('\n');
    }

    private enum Form { AS_PRINTED, ATTACHMENT_ONLY, SHORT, LONG }

    /** How one notice is printed: what it lacks, how the date is damaged, its form, whose 文号 it carries. */
    private record Shape(boolean noDoc, boolean noIssuer, boolean noDate, int damage, Form form, Real docFrom) {
        static final Shape AS_PRINTED = new Shape(false, false, false, 0, Form.AS_PRINTED, null);

        Shape withIssuer() {
            return new Shape(noDoc, false, noDate, damage, form, docFrom);
        }

        Shape sharing(Real other) {
            return new Shape(noDoc, noIssuer, noDate, damage, form, other);
        }

        Real docOf(Real self) {
            return docFrom != null ? docFrom : self;
        }

        List<Variation> variations() {
            List<Variation> v = new ArrayList<>();
            if (noDate || form == Form.ATTACHMENT_ONLY) {
                v.add(Variation.NO_SIGNING_DATE);
            }
            if (noDoc) {
                v.add(Variation.NO_DOC_NUMBER);
            }
            if (noIssuer) {
                v.add(Variation.NO_ISSUER);
            }
            if (docFrom != null) {
                v.add(Variation.SHARED_DOC_NUMBER);
            }
            switch (form) {
                case ATTACHMENT_ONLY -> v.add(Variation.ATTACHMENT_ONLY);
                case SHORT -> v.add(Variation.SHORT);
                case LONG -> v.add(Variation.LONG);
                default -> { }
            }
            return v;
        }
    }

    /** The text changes of one issue: city name, and 文号 moved to its year and issue number. */
    private record Text(String city, int yearShift, int issueNo) {
        String apply(String line) {
            String t = line.replace(REAL_CITY, city);
            if (t.indexOf('〔') < 0) {
                return t;
            }
            Matcher d = DOC.matcher(t);
            StringBuilder out = new StringBuilder();
            while (d.find()) {
                int docYear = Integer.parseInt(d.group(1)) + yearShift;
                int serial = Integer.parseInt(d.group(2)) + SERIALS_PER_ISSUE * (issueNo - 1);
                d.appendReplacement(out, "〔" + docYear + "〕" + serial + "号");
            }
            d.appendTail(out);
            return out.toString();
        }
    }

    /**
     * A notice of the real issue with the places of its parts, as line indices into {@code lines}:
     * the 文号 line (the title stands above it), the recipients, the end of the body (the 附件：
     * list or the closing), the closing's first signature line, the date line, the line after the
     * publication note, and the consultation footer. Any of them is -1 when it was not found; such
     * a notice is printed as it is ({@link #variable()} is false).
     */
    private record Real(List<String> lines, String title, String section, String doc, int docLine, int recipients,
                        int bodyEnd, int closing, int date, int after, int tail) {
        static Real of(List<String> lines, Notice parsed) {
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
            return new Real(List.copyOf(lines), parsed.title(), parsed.section(), parsed.docNumber(), doc, recipients,
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
                    for (int rep = Math.max(6, LONG_MIN_LINES / paragraphs); rep > 0; rep--) {
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
            for (int i = from; i < to && taken < ATTACHMENT_ONLY_LINES; i++) {
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
