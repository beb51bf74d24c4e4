// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;
import org.gazettereader.config.Problem;

/**
 * Parses a file that holds one document rather than a gazette issue: a 公文 (with or without its
 * header), a law or a regulation. The document is one notice with null gazette, year and issue.
 * A file with no title followed by a body is refused, saying so.
 */
final class DocumentParser {
    static final String LAW_CONTENTS = "law-contents";
    private static final int MAX_TITLE_LINES = 3;

    private DocumentParser() {
    }

    /**
     * The document in {@code lines}; {@code starts} are the notice heads the locator found (the first
     * one is the document's head, later ones belong to its attachments), possibly none.
     */
    static ParseResult parse(Path file, List<SourceLine> repaired, List<NoticeLocator.Start> starts, RepairLog log)
            throws ImportException {
        List<SourceLine> lines = new ArrayList<>(repaired);
        NoticeLocator.Start start = starts.isEmpty() ? titleOnly(file, lines) : starts.get(0);
        LawContents.drop(lines, start.headEnd(), log);
        List<String> warnings = new ArrayList<>();
        NoticeParser.Context ctx = new NoticeParser.Context(null, null, null);
        Notice notice = new NoticeParser(lines, log, warnings).parse(1, start, lines.size(), ctx);
        notice = AdoptionNote.complete(notice, warnings);
        notice = new Notice(notice.seq(), NoticeIds.document(notice.docNumber(), notice.title(), notice.signed(),
                        AdoptionNote.note(notice)),
                notice.section(), notice.title(), notice.docNumber(), notice.type(), notice.issuer(), notice.recipients(),
                notice.signed(), notice.tocPage(), notice.isPublic(), notice.consult(), notice.blocks(), notice.attachments());
        Issue issue = new Issue(null, null, null, null, null, null, List.of(), List.of(notice), warnings);
        return new ParseResult(issue, lines, log, List.<int[]>of(new int[] {start.from(), lines.size()}),
                ParseResult.Kind.DOCUMENT);
    }

    /** A head without 文号: the first one to three title lines after the header, followed by a body. */
    private static NoticeLocator.Start titleOnly(Path file, List<SourceLine> lines) throws ImportException {
        int from = nextNonBlank(lines, DocumentHeader.end(lines, 0));
        if (from < 0) {
            throw new ImportException(file, Problem.of("import.noTextAfterHeader"));
        }
        if (!NoticeLocator.isTitleLine(lines.get(from).text().strip())) {
            throw new ImportException(file, Problem.of("import.noTitle", clip(lines.get(from).text().strip())));
        }
        int end = from + 1;
        int count = 1;
        for (int j = nextNonBlank(lines, end); j >= 0 && count < MAX_TITLE_LINES; j = nextNonBlank(lines, j + 1)) {
            String t = lines.get(j).text().strip();
            if (!NoticeLocator.isTitleLine(t) || t.startsWith("（") || t.startsWith("(") || t.equals("目录")) {
                break;
            }
            count++;
            end = j + 1;
        }
        int body = nextNonBlank(lines, end);
        if (body < 0 || Patterns.hanCount(restText(lines, body)) < 10) {
            throw new ImportException(file, Problem.of("import.noBody", clip(lines.get(from).text().strip())));
        }
        return new NoticeLocator.Start(from, end, end, null, null, null, null);
    }

    private static String restText(List<SourceLine> lines, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < lines.size() && b.length() < 200; i++) {
            b.append(lines.get(i).text());
        }
        return b.toString();
    }

    private static String clip(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
