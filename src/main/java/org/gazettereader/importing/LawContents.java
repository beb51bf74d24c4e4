// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.List;

/**
 * A law or regulation prints its own contents (目录 and the 章 / 节 names) between the title and the
 * text. Those lines repeat the headings that follow; they are dropped and logged so that the tree
 * shows each 章 once.
 */
final class LawContents {
    private static final int LOOK_AHEAD = 6;

    private LawContents() {
    }

    static void drop(List<SourceLine> lines, int from, RepairLog log) {
        int toc = -1;
        for (int i = from, seen = 0; i < lines.size() && seen < LOOK_AHEAD; i++) {
            String t = lines.get(i).text().replaceAll("\\s+", "");
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (t.equals("目录") || t.equals("目次")) {
                toc = i;
                break;
            }
        }
        int first = toc < 0 ? -1 : DocumentParser.nextNonBlank(lines, toc + 1);
        if (first < 0 || !Patterns.startsStructure(lines.get(first).text().strip())) {
            return;
        }
        String opening = compact(lines.get(first).text());
        for (int j = first + 1; j < lines.size(); j++) {
            if (compact(lines.get(j).text()).equals(opening)) {
                for (int k = toc; k < j; k++) {
                    if (!lines.get(k).isBlank()) {
                        log.record(DocumentParser.LAW_CONTENTS, k, lines.get(k).text().strip());
                        lines.set(k, lines.get(k).withText(""));
                    }
                }
                return;
            }
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
