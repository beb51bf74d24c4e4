// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazettereader.model.DocNumber;

/**
 * The issue's own contents page (目录): sections and entries {@code title（文号）…… page}. Entries
 * may wrap over lines, leaders may be {@code …}, {@code .}, {@code ·} or a tab, and the page number
 * may stand on its own line. An English contents list after the Chinese one is skipped.
 */
record Contents(int start, int bodyStart, List<String> sections, List<Entry> entries) {
    /**
     * One entry: the section it stands in, its title, 文号 (canonical, or null), printed page, and the
     * order number (第398号) of a 令 cited in brackets after the title ({@code 办法（省政府令第398号）}), or null.
     */
    record Entry(String section, String title, String docNumber, Integer page, String orderNumber) {
    }

    private static final Pattern WITH_PAGE = Pattern.compile("^(.*?)(?:[\\s…．.·‥⋯•—_\\-]*[…．.·‥⋯•\\t]+[\\s…．.·‥⋯•]*|\\s{2,}|\\t+)(\\d{1,4})$");
    private static final Pattern PAGE_ONLY = Pattern.compile("^[\\s…．.·‥⋯•]*(\\d{1,4})$");
    private static final Pattern TRAILING_DOC = Pattern.compile("^(.*?)[（(]\\s*([^（()）]*?号)\\s*[）)]\\s*$");
    private static final Pattern ORDER_IN_BRACKETS = Pattern.compile("^\\p{IsHan}*令\\s*第\\s*(\\d{1,5})\\s*号$|^第\\s*(\\d{1,5})\\s*号$");
    /** Brackets some gazettes put around section names: 【省政府文件】. */
    private static final Pattern SECTION_BRACKETS = Pattern.compile("^[【〖\\[［『「]\\s*(.+?)\\s*[】〗\\]］』」]$");

    /** Index of the 目录 line, or -1. */
    static int find(List<SourceLine> lines) {
        int limit = Math.min(lines.size(), 400);
        for (int i = 0; i < limit; i++) {
            String t = lines.get(i).text().replaceAll("\\s+", "");
            if (t.equals("目录") || t.equals("本期目录") || t.equals("目次")) {
                return i;
            }
        }
        return -1;
    }

    static Contents parse(List<SourceLine> lines, int start) {
        List<String> sections = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        String section = null;
        StringBuilder pending = new StringBuilder();
        int pendingStart = -1;
        int pendingLines = 0;
        int i = start + 1;
        int bodyStart = lines.size();
        for (; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (isEnglish(t)) {
                continue;
            }
            Matcher pageOnly = PAGE_ONLY.matcher(t);
            if (pending.length() > 0 && pageOnly.matches()) {
                entries.add(entry(section, pending.toString(), Integer.parseInt(pageOnly.group(1))));
                pending.setLength(0);
                pendingLines = 0;
                continue;
            }
            Matcher withPage = WITH_PAGE.matcher(t);
            if (withPage.matches() && !withPage.group(1).isBlank()) {
                String text = pending + withPage.group(1);
                entries.add(entry(section, text, Integer.parseInt(withPage.group(2))));
                pending.setLength(0);
                pendingLines = 0;
                continue;
            }
            boolean docLine = DocNumber.parse(t).isPresent() && !t.startsWith("（") && !t.startsWith("(");
            if (docLine || t.endsWith("：") || t.endsWith(":") || pendingLines >= 3) {
                bodyStart = pending.length() > 0 ? pendingStart : i;
                break;
            }
            if (pending.length() == 0 && isSectionHeading(t, lines, i)) {
                Matcher bracketed = SECTION_BRACKETS.matcher(t.strip());
                section = TextNormalizer.removeWrapSpaces(bracketed.matches() ? bracketed.group(1) : t);
                sections.add(section);
                continue;
            }
            if (pending.length() == 0) {
                pendingStart = i;
            }
            pending.append(t);
            pendingLines++;
        }
        if (i >= lines.size() && pending.length() > 0) {
            bodyStart = pendingStart;
        }
        return new Contents(start, bodyStart, sections, entries);
    }

    private static Entry entry(String section, String text, int page) {
        String t = DocNumberText.normalizeInText(text.strip());
        Matcher m = TRAILING_DOC.matcher(t);
        String doc = null;
        String order = null;
        if (m.matches()) {
            var parsed = DocNumber.parse(m.group(2));
            Matcher o = ORDER_IN_BRACKETS.matcher(m.group(2).replaceAll("\\s+", ""));
            if (parsed.isPresent()) {
                doc = parsed.get().canonical();
                t = m.group(1);
            } else if (o.matches()) {
                order = "第" + (o.group(1) != null ? o.group(1) : o.group(2)) + "号";
                t = m.group(1);
            }
        }
        return new Entry(section, TextNormalizer.normalizeTitle(t), doc, page, order);
    }

    private static boolean isEnglish(String t) {
        int letters = Patterns.letterCount(t);
        return letters >= 3 && Patterns.hanCount(t) * 4 < letters;
    }

    private static boolean isSectionHeading(String t, List<SourceLine> lines, int i) {
        String compact = t.replaceAll("\\s+", "");
        if (compact.length() > 16 || compact.length() < 2 || Patterns.hanCount(compact) < compact.length() - 2
                || compact.contains("关于") || DocNumber.find(compact).isPresent()) {
            return false;
        }
        // A section heads entries: one of the next few lines ends with a page number. A short line
        // after the last entry (the first notice's 令 heading) is where the body starts instead.
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < 4; j++) {
            String next = lines.get(j).text().strip();
            if (next.isEmpty() || isEnglish(next)) {
                continue;
            }
            if (seen == 0 && (next.startsWith("关于") || DocNumber.parse(next).isPresent())) {
                return false;
            }
            Matcher withPage = WITH_PAGE.matcher(next);
            if ((withPage.matches() && !withPage.group(1).isBlank()) || PAGE_ONLY.matcher(next).matches()) {
                return true;
            }
            if (next.endsWith("。") || next.endsWith("：") || next.endsWith(":")) {
                return false;
            }
            seen++;
        }
        return false;
    }
}
