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
    static final int LONG_MIN_LINES = 120;
    static final int ATTACHMENT_ONLY_LINES = 12;
    private static final String LEADERS = "……………";

    private final List<String> front;
    private final List<RealNotice> notices;
    private final List<String> sections;
    private final Integer realYear;

    private CorpusGenerator(List<String> front, List<RealNotice> notices, List<String> sections, Integer realYear) {
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
        List<RealNotice> notices = new ArrayList<>();
        List<Notice> parsedNotices = parsed.issue().notices();
        for (int k = 0; k < parsed.spans().size(); k++) {
            int[] span = parsed.spans().get(k);
            List<String> n = new ArrayList<>();
            for (int i = span[0]; i < span[1]; i++) {
                n.add(lines.get(i).text());
            }
            notices.add(RealNotice.of(n, parsedNotices.get(k)));
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
            RealNotice n = notices.get(chosen.get(i));
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

    private static Shape shape(RealNotice n, Random r, boolean mayDropDoc) {
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
            RealNotice n = notices.get(chosen.get(i));
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

    enum Form { AS_PRINTED, ATTACHMENT_ONLY, SHORT, LONG }

    /** How one notice is printed: what it lacks, how the date is damaged, its form, whose 文号 it carries. */
    record Shape(boolean noDoc, boolean noIssuer, boolean noDate, int damage, Form form, RealNotice docFrom) {
        static final Shape AS_PRINTED = new Shape(false, false, false, 0, Form.AS_PRINTED, null);

        Shape withIssuer() {
            return new Shape(noDoc, false, noDate, damage, form, docFrom);
        }

        Shape sharing(RealNotice other) {
            return new Shape(noDoc, noIssuer, noDate, damage, form, other);
        }

        RealNotice docOf(RealNotice self) {
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
    record Text(String city, int yearShift, int issueNo) {
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
}
