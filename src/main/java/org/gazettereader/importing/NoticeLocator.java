// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.gazettereader.model.DocNumber;

/**
 * Finds where each notice starts in the body: a title of one to three lines followed by a 文号
 * line (or a recipients line that begins with the 文号, or an order number 第N号). With a contents
 * page the heads are aligned with its entries by 文号, and entries without a 文号 are found by title.
 */
final class NoticeLocator {
    /**
     * A notice head: the notice's first line {@code from} (its title, or a 文号 printed above the
     * title), title lines [titleStart, titleEnd), the line after the head, the 文号 and the contents entry.
     */
    record Start(int from, int titleStart, int titleEnd, int headEnd, String docNumber, String orderNumber,
                 String recipientsOnDocLine, Contents.Entry entry) {
        Start(int titleStart, int titleEnd, int headEnd, String docNumber, String orderNumber,
              String recipientsOnDocLine, Contents.Entry entry) {
            this(titleStart, titleStart, titleEnd, headEnd, docNumber, orderNumber, recipientsOnDocLine, entry);
        }

        Start withEntry(Contents.Entry e) {
            return new Start(from, titleStart, titleEnd, headEnd, docNumber, orderNumber, recipientsOnDocLine, e);
        }
    }

    private static final int MAX_TITLE_LINES = 3;

    private NoticeLocator() {
    }

    static List<Start> locate(List<SourceLine> lines, int bodyStart, Contents contents, List<String> warnings) {
        List<Start> found = byDocNumber(lines, bodyStart);
        if (contents == null || contents.entries().isEmpty()) {
            // Old issues carry no 文号: their items are known by the shape of their titles.
            return found.isEmpty() ? TitleShapes.locate(lines, bodyStart) : found;
        }
        Map<String, Start> byDoc = new HashMap<>();
        Map<String, Start> byOrder = new HashMap<>();
        for (Start s : found) {
            if (s.docNumber() != null) {
                byDoc.putIfAbsent(s.docNumber(), s);
            } else if (s.orderNumber() != null) {
                byOrder.putIfAbsent(s.orderNumber().replaceAll("[（）]", ""), s);
            }
        }
        List<Start> aligned = new ArrayList<>();
        String[] han = new String[lines.size()];
        for (Contents.Entry e : contents.entries()) {
            Start s = e.docNumber() == null ? null : byDoc.remove(e.docNumber());
            if (s == null && e.orderNumber() != null) {
                s = byOrder.remove(e.orderNumber());
            }
            if (s == null) {
                s = byTitle(lines, han, bodyStart, e.title(), aligned).orElse(null);
            }
            if (s == null) {
                warnings.add("contents entry not found in the body: " + e.title());
                continue;
            }
            aligned.add(s.withEntry(e));
        }
        for (Start s : byDoc.values()) {
            warnings.add("notice " + s.docNumber() + " is not in the contents; kept as part of the notice before it");
        }
        aligned.sort(Comparator.comparingInt(Start::from));
        return aligned;
    }

    private static List<Start> byDocNumber(List<SourceLine> lines, int bodyStart) {
        List<Start> starts = new ArrayList<>();
        int floor = bodyStart;
        for (int i = bodyStart; i < lines.size(); i++) {
            String t = DocumentHeader.stripSigner(lines.get(i).text().strip());
            if (t.isEmpty() || t.length() > 300) {
                continue;
            }
            String doc = null;
            String order = null;
            String recipients = null;
            Optional<DocNumber> dn = Patterns.docNumberLine(t);
            if (dn.isPresent() && !t.startsWith("（") && !t.startsWith("(")) {
                doc = dn.get().canonical();
            } else {
                Matcher m = DocNumber.pattern().matcher(DocNumber.normalizeDigits(t));
                if (m.lookingAt()) {
                    String rest = t.substring(m.end()).strip();
                    if (rest.contains("：") || rest.contains(":")) {
                        doc = DocNumber.parse(m.group()).map(DocNumber::canonical).orElse(null);
                        recipients = rest;
                    }
                }
                Matcher o = Patterns.ORDER_NUMBER.matcher(t);
                if (doc == null && o.matches() && (o.group(1) == null) == (o.group(3) == null)
                        && previousEndsWithOrder(lines, i, floor)) {
                    order = o.group(1) != null ? "（第" + o.group(2) + "号）" : "第" + o.group(2) + "号";
                }
            }
            if (doc == null && order == null) {
                continue;
            }
            int titleStart = titleStart(lines, i, floor);
            if (doc != null && recipients == null && !namesADocument(lines, titleStart, i)) {
                // Some gazettes print the 文号 above the title, as on the original red-headed document.
                int[] below = titleBelow(lines, i);
                if (below != null) {
                    starts.add(new Start(i, below[0], below[1], below[1], doc, null, null, null));
                    floor = below[1];
                    i = below[1] - 1;
                    continue;
                }
            }
            if (titleStart < 0) {
                continue;
            }
            starts.add(new Start(titleStart, i, i + 1, doc, order, recipients, null));
            floor = i + 1;
        }
        return starts;
    }

    /** True when lines [from, to) hold a title that ends with a kind of document (…的通知, …的批复). */
    private static boolean namesADocument(List<SourceLine> lines, int from, int to) {
        if (from < 0) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            b.append(lines.get(j).text().strip());
        }
        return Patterns.docType(b.toString()).isPresent();
    }

    /**
     * The title printed under a 文号 line at {@code docLine}: one to three title lines that name a kind
     * of document, then a recipients line (ending with ：) or the body. Returns [titleStart, titleEnd) or null.
     */
    private static int[] titleBelow(List<SourceLine> lines, int docLine) {
        int first = -1;
        int count = 0;
        StringBuilder b = new StringBuilder();
        for (int j = docLine + 1; j < lines.size() && count < MAX_TITLE_LINES; j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!isTitleLine(t)) {
                return null;
            }
            if (first < 0) {
                first = j;
            }
            count++;
            b.append(t);
            if (Patterns.docType(b.toString()).isPresent()) {
                int next = j + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size() && !isTitleLine(lines.get(next).text().strip())) {
                    return new int[] {first, j + 1};
                }
            }
        }
        return null;
    }

    private static boolean previousEndsWithOrder(List<SourceLine> lines, int i, int floor) {
        for (int j = i - 1; j >= floor; j--) {
            String t = lines.get(j).text().strip();
            if (!t.isEmpty()) {
                // 令 (orders), 公告 and 通告 (announcements) are numbered instead of carrying a 文号.
                return t.endsWith("令") || t.endsWith("公告") || t.endsWith("通告");
            }
        }
        return false;
    }

    /** Index of the first title line above {@code docLine}, or -1 when no title stands there. */
    private static int titleStart(List<SourceLine> lines, int docLine, int floor) {
        int start = -1;
        int count = 0;
        for (int j = docLine - 1; j >= floor && count < MAX_TITLE_LINES; j--) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!isTitleLine(t)) {
                break;
            }
            start = j;
            count++;
            int about = t.indexOf("关于");
            if (about > 0) {
                break;
            }
            if (about == 0) {
                int p = previousNonBlank(lines, j, floor);
                if (p >= 0 && Patterns.isSignature(lines.get(p).text())) {
                    start = p;
                }
                break;
            }
        }
        return start;
    }

    private static int previousNonBlank(List<SourceLine> lines, int i, int floor) {
        for (int j = i - 1; j >= floor; j--) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    static boolean isTitleLine(String t) {
        if (t.length() > 90 || Patterns.hanCount(t) < 2) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ("。；：:;，,！？".indexOf(last) >= 0) {
            return false;
        }
        return !ChineseDates.isDateLine(t) && !Patterns.isNote(t) && !Patterns.CONSULT_PHONE.matcher(t).matches()
                && !Patterns.CONSULT_UNIT.matcher(t).matches() && !Patterns.isKeyValue(t)
                && !Patterns.startsStructure(t) && !t.contains("。");
    }

    /** Finds a title of one to three lines; {@code han} caches each line's Han characters across calls. */
    private static Optional<Start> byTitle(List<SourceLine> lines, String[] han, int bodyStart, String title,
                                           List<Start> taken) {
        String want = TextNormalizer.hanOnly(title);
        if (want.isEmpty()) {
            return Optional.empty();
        }
        for (int i = bodyStart; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || inside(taken, i)) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            int last = i;
            int count = 0;
            for (int j = i; j < lines.size() && count < MAX_TITLE_LINES; j++) {
                String t = lines.get(j).text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (han[j] == null) {
                    han[j] = TextNormalizer.hanOnly(t);
                }
                joined.append(han[j]);
                count++;
                last = j;
                String have = joined.toString();
                if (have.equals(want)) {
                    return Optional.of(new Start(i, last + 1, last + 1, null, null, null, null));
                }
                if (!want.startsWith(have)) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean inside(List<Start> taken, int line) {
        for (Start s : taken) {
            if (line >= s.from() && line < s.headEnd()) {
                return true;
            }
        }
        return false;
    }
}
