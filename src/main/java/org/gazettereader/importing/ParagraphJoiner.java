// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins paragraphs that a page or column break cut in two ({@code …2035年远景目} ⏎⏎ {@code 标纲要》}):
 * a paragraph that ends without closing punctuation is joined with the next one when that one
 * does not open a new structure (a heading, an article, an attachment label, a table row, a date).
 */
public final class ParagraphJoiner {
    public static final String NAME = "broken-paragraphs";
    /** Separates the cells of a table row in the joined paragraphs (the unit separator: never in gazette text). */
    static final String CELL = "\u001F";

    private ParagraphJoiner() {
    }

    /** Joins the non-blank lines of {@code lines}; the result holds one entry per paragraph. */
    public static List<SourceLine> join(List<SourceLine> lines, RepairLog log, int firstLine) {
        List<SourceLine> out = new ArrayList<>();
        List<List<String>> rows = tableRows(lines);
        boolean lastWasRow = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (rows.get(i) != null) {
                // A table row stays a row: its cells apart by CELL, never joined with a neighbour.
                out.add(line.withText(String.join(CELL, rows.get(i))));
                lastWasRow = true;
                continue;
            }
            boolean joins = !lastWasRow && !out.isEmpty() && continues(out.get(out.size() - 1).text(), t);
            lastWasRow = false;
            if (joins) {
                SourceLine prev = out.remove(out.size() - 1);
                String sep = needsSpace(prev.text(), t) ? " " : "";
                out.add(new SourceLine(prev.text() + sep + t, prev.page()));
                if (log != null) {
                    log.record(NAME, firstLine + i, tail(prev.text()) + " ⏎ " + head(t));
                }
            } else {
                out.add(line.withText(t));
            }
        }
        return out;
    }

    /**
     * The cells of each line that is a row of a table (two or more cells, next to another such line;
     * blank lines between allowed), null for every other line.
     */
    static List<List<String>> tableRows(List<SourceLine> lines) {
        List<List<String>> cells = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            cells.add(Patterns.tableCells(line.text()));
        }
        boolean[] row = new boolean[lines.size()];
        int prev = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (cells.get(i) != null && prev >= 0 && cells.get(prev) != null) {
                row[i] = true;
                row[prev] = true;
            }
            prev = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!row[i]) {
                cells.set(i, null);
            }
        }
        return cells;
    }

    /** True when {@code next} continues the sentence that {@code prev} leaves open. */
    public static boolean continues(String prev, String next) {
        String a = prev.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || Patterns.endsSentence(a)) {
            return false;
        }
        if (Patterns.startsStructure(b) || Patterns.isKeyValue(b) || ChineseDates.isDateLine(b) || Patterns.isNote(b)
                || ChineseDates.isDateLine(a) || isShortHeading(a) || Patterns.docNumberLine(b).isPresent()
                || Patterns.CONSULT_UNIT.matcher(b).matches() || Patterns.CONSULT_PHONE.matcher(b).matches()) {
            return false;
        }
        return !(isBareTitle(a) && b.length() > 40);
    }

    /** 一、发展现状和趋势: a numbered heading with no sentence after it. */
    private static boolean isShortHeading(String a) {
        return Patterns.startsStructure(a) && a.length() <= 30 && !a.contains("，") && !a.contains("。")
                && !Patterns.ATTACHMENT_LIST.matcher(a).find();
    }

    /** A short line without any punctuation is a heading of its own (贺家塔墓群), not half a sentence. */
    private static boolean isBareTitle(String a) {
        return a.length() <= 20 && !a.matches(".*[，、；：,;:].*");
    }

    private static boolean needsSpace(String a, String b) {
        char l = a.charAt(a.length() - 1);
        char r = b.charAt(0);
        return Character.isLetter(l) && l < 0x80 && Character.isLetter(r) && r < 0x80;
    }

    private static String tail(String s) {
        return s.length() <= 8 ? s : s.substring(s.length() - 8);
    }

    private static String head(String s) {
        return s.length() <= 8 ? s : s.substring(0, 8);
    }
}
