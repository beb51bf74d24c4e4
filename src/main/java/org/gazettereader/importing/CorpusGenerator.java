// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a corpus of gazette issues scaled up from a real one: each issue takes a random subset
 * of the real notices in shuffled order, under another gazette name (city), year, issue number,
 * cumulative number and 文号 serials. Deterministic for a seed.
 */
public final class CorpusGenerator {
    private static final String[] CITIES = {"吕梁市", "太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市",
        "运城市", "忻州市", "临汾市", "郑州市", "洛阳市", "开封市", "安阳市", "西安市", "宝鸡市", "咸阳市", "延安市", "榆林市"};
    private static final Pattern DOC = Pattern.compile("〔(\\d{4})〕\\s*(\\d{1,5})\\s*号");
    private static final Pattern COVER = Pattern.compile("^\\d{4} · \\d{1,2}$");
    private static final Pattern YEAR_ISSUE = Pattern.compile("(\\d{4}) 年第 (\\d+) 期（总第 (\\d+) 期）");

    private final List<String> front;
    private final List<List<String>> notices;

    private CorpusGenerator(List<String> front, List<List<String>> notices) {
        this.front = front;
        this.notices = notices;
    }

    /** Splits a real issue into its front matter and contents, and its notices (by the parser's spans). */
    public static CorpusGenerator from(Path name, byte[] realIssue) throws ImportException {
        List<SourceLine> lines = new TextSourceReader().read(name, realIssue);
        ParseResult parsed = GazetteParser.standard().parse(name, lines);
        int firstNotice = parsed.spans().get(0)[0];
        List<String> front = new ArrayList<>();
        for (int i = 0; i < firstNotice; i++) {
            front.add(lines.get(i).text());
        }
        List<List<String>> notices = new ArrayList<>();
        for (int[] span : parsed.spans()) {
            List<String> n = new ArrayList<>();
            for (int i = span[0]; i < span[1]; i++) {
                n.add(lines.get(i).text());
            }
            notices.add(n);
        }
        return new CorpusGenerator(front, notices);
    }

    public int realNotices() {
        return notices.size();
    }

    /** One generated issue as text; {@code index} makes gazette, year and issue unique within a corpus. */
    public Generated issue(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        String city = CITIES[index % CITIES.length];
        int year = 1950 + (index / CITIES.length) / 12 % 100;
        int issueNo = 1 + (index / CITIES.length) % 12;
        int cumulative = 1 + index / CITIES.length;
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            chosen.add(i);
        }
        Collections.shuffle(chosen, r);
        int take = Math.max(3, notices.size() / 2 + r.nextInt(notices.size() / 2 + 1));
        chosen = chosen.subList(0, Math.min(take, chosen.size()));
        int serialShift = 1 + r.nextInt(500);
        StringBuilder b = new StringBuilder();
        for (String line : front) {
            b.append(transform(line, city, year, issueNo, cumulative, serialShift)).append('\n');
        }
        for (int k : chosen) {
            for (String line : notices.get(k)) {
                b.append(transform(line, city, year, issueNo, cumulative, serialShift)).append('\n');
            }
        }
        return new Generated(city + "人民政府公报", year, issueNo, chosen.size(), b.toString());
    }

    /** A generated issue and how many notices it holds. */
    public record Generated(String gazette, int year, int issue, int notices, String text) {
        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String transform(String line, String city, int year, int issueNo, int cumulative, int shift) {
        String t = line.replace("吕梁市", city);
        Matcher m = YEAR_ISSUE.matcher(t);
        if (m.find()) {
            t = m.replaceFirst(year + " 年第 " + issueNo + " 期（总第 " + cumulative + " 期）");
        }
        Matcher cover = COVER.matcher(t);
        if (cover.matches()) {
            t = year + " · " + issueNo;
        }
        Matcher d = DOC.matcher(t);
        StringBuilder out = new StringBuilder();
        while (d.find()) {
            int serial = Integer.parseInt(d.group(2)) + shift;
            d.appendReplacement(out, "〔" + d.group(1) + "〕" + serial + "号");
        }
        d.appendTail(out);
        return out.toString();
    }

    /** Writes {@code count} issues into {@code dir}; returns the total number of notices. */
    public long write(Path dir, long seed, int count) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        for (int i = 0; i < count; i++) {
            Generated g = issue(seed, i);
            Files.write(dir.resolve(String.format("issue-%05d.txt", i)), g.bytes());
            total += g.notices();
        }
        return total;
    }
}
