// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;
import org.gazettereader.config.Problem;

/**
 * Turns the lines of a gazette file into an {@link Issue}: repair passes, front matter, contents,
 * notices. Fields that cannot be found are null and named in the warnings; nothing is invented.
 */
public final class GazetteParser {
    public static final String BACK_COVER = "back-cover";
    private final List<RepairPass> passes;

    public GazetteParser(List<RepairPass> passes) {
        this.passes = List.copyOf(passes);
    }

    /** The standard repair passes, in the order they must run. */
    public static GazetteParser standard() {
        return new GazetteParser(List.of(new WhitespacePass(), new PageFooterPass(), new MarkdownArtifactsPass(),
                new QrLabelPass(), new EnglishWordPass(), new OcrDatePass(), new OcrTermPass(), new OcrBracketPass()));
    }

    /**
     * Parses {@code raw} as a gazette issue, or as a single document when it has no gazette name,
     * contents page or issue number; a file with no title-and-body shape is refused with the reason.
     */
    public ParseResult parse(Path file, List<SourceLine> raw) throws ImportException {
        ParseResult result = parseLines(file, raw);
        int undecodable = 0;
        for (SourceLine line : raw) {
            undecodable += EncodingDetector.replaced(line.text());
        }
        if (undecodable == 0) {
            return result;
        }
        // Bytes the file's encoding could not read (a damaged or cut file) show as U+FFFD; so do those of a
        // file saved after such damage, or of a PDF made from one: the warning words both.
        String warning = undecodable == 1 ? "1 unreadable character (\uFFFD) in the text: damaged bytes in the file or in what it was made from"
                : undecodable + " unreadable characters (\uFFFD) in the text: damaged bytes in the file or in what it was made from";
        return new ParseResult(result.issue().withWarning(warning), result.lines(), result.repairs(), result.spans(),
                result.kind());
    }

    /** How many characters of {@code issue}'s file could not be read (its warning says), 0 for none. */
    public static int undecodable(Issue issue) {
        for (String w : issue.warnings()) {
            java.util.regex.Matcher m = UNDECODABLE.matcher(w);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static final java.util.regex.Pattern UNDECODABLE =
            java.util.regex.Pattern.compile("^(\\d+) unreadable characters? \\(\uFFFD\\) in the text: damaged bytes");

    private ParseResult parseLines(Path file, List<SourceLine> raw) throws ImportException {
        RepairLog log = new RepairLog();
        List<SourceLine> lines = raw;
        for (RepairPass pass : passes) {
            lines = pass.apply(lines, log);
        }
        List<String> warnings = new ArrayList<>();
        int tocLine = Contents.find(lines);
        Contents contents = tocLine >= 0 ? Contents.parse(lines, tocLine) : null;
        int bodyStart = contents != null ? contents.bodyStart() : 0;
        List<NoticeLocator.Start> starts = NoticeLocator.locate(lines, bodyStart, contents, warnings);
        int frontEnd = tocLine >= 0 ? tocLine : starts.isEmpty() ? 0 : starts.get(0).from();
        FrontMatter front = FrontMatter.parse(lines, 0, frontEnd);
        boolean hasContents = contents != null && !contents.entries().isEmpty();
        if (front.gazette() == null && !hasContents && front.issue() == null) {
            // No gazette name, contents page or issue number: one document (a 公文, a law), not an issue.
            return DocumentParser.parse(file, lines, starts, log);
        }
        if (starts.isEmpty()) {
            throw new ImportException(file, Problem.of("import.notAnIssue"));
        }
        lines = dropBackCover(lines, frontEnd, starts.get(starts.size() - 1).headEnd(), log);
        NoticeParser.Context ctx = new NoticeParser.Context(front.gazette(), front.year(), front.issue());
        NoticeParser noticeParser = new NoticeParser(lines, log, warnings);
        List<Notice> notices = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1).from() : lines.size();
            notices.add(AdoptionNote.complete(noticeParser.parse(k + 1, starts.get(k), end, ctx), warnings));
            spans.add(new int[] {starts.get(k).from(), end});
        }
        notices = distinctIds(notices, ctx);
        List<String> issueWarnings = new ArrayList<>();
        warnIfNull(issueWarnings, front.gazette(), "gazette name");
        warnIfNull(issueWarnings, front.publisher(), "publisher");
        warnIfNull(issueWarnings, front.year(), "year");
        warnIfNull(issueWarnings, front.issue(), "issue number");
        warnIfNull(issueWarnings, front.totalIssue(), "cumulative issue number");
        warnIfNull(issueWarnings, front.published(), "publication date");
        if (contents == null) {
            issueWarnings.add("no contents page (目录): sections unknown");
        }
        issueWarnings.addAll(warnings);
        List<String> sections = contents != null ? contents.sections() : List.of();
        Issue issue = new Issue(front.gazette(), front.publisher(), front.year(), front.issue(), front.totalIssue(),
                front.published(), sections, notices, issueWarnings);
        return new ParseResult(issue, lines, log, spans);
    }

    /**
     * The back cover often repeats words of the front cover (传达政令 公开信息 …): trailing lines whose
     * text stands in the front matter are not part of the last notice.
     */
    static List<SourceLine> dropBackCover(List<SourceLine> lines, int frontEnd, int lastHead, RepairLog log) {
        StringBuilder front = new StringBuilder();
        for (int i = 0; i < frontEnd; i++) {
            front.append(TextNormalizer.hanOnly(lines.get(i).text()));
        }
        String cover = front.toString();
        List<SourceLine> out = new ArrayList<>(lines);
        for (int i = out.size() - 1; i > lastHead; i--) {
            String t = out.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            String han = TextNormalizer.hanOnly(t);
            if (han.length() < 4 || !cover.contains(han)) {
                break;
            }
            log.record(BACK_COVER, i, t);
            out.set(i, out.get(i).withText(""));
        }
        return out;
    }

    /**
     * Two notices of one issue may share a 文号 (a misprint, or an order and its correction): each
     * repeat gets an id of its own, derived from the same key and how many came before it, so the
     * ids stay stable across re-imports and never collide.
     */
    static List<Notice> distinctIds(List<Notice> notices, NoticeParser.Context ctx) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<Notice> out = new ArrayList<>(notices.size());
        for (Notice n : notices) {
            int k = seen.merge(n.id(), 1, Integer::sum);
            if (k > 1) {
                String key = (n.docNumber() != null ? n.docNumber() : n.title()) + "#" + k;
                n = new Notice(n.seq(), NoticeIds.id(ctx.gazette(), ctx.year(), ctx.issue(), key, n.title()), n.section(),
                        n.title(), n.docNumber(), n.type(), n.issuer(), n.recipients(), n.signed(), n.tocPage(),
                        n.isPublic(), n.consult(), n.blocks(), n.attachments());
            }
            out.add(n);
        }
        return out;
    }

    private static void warnIfNull(List<String> warnings, Object value, String what) {
        if (value == null) {
            warnings.add(what + " not found");
        }
    }
}
