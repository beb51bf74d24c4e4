// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.Consult;
import org.gazettereader.model.Notice;

/**
 * Parses one notice from its lines: title, 文号, recipients, body, signature, date, publication
 * note, consultation footer and attachments (labelled 附件1 or an issued document without label).
 */
final class NoticeParser {
    static final String CONSULT_PASS = "consult-footer";
    static final String DISPLACED_PASS = "displaced-fragment";
    private static final Pattern QUOTED = Pattern.compile("《([^《》]{2,60})》");

    private final List<SourceLine> lines;
    private final RepairLog log;
    private final List<String> warnings;

    NoticeParser(List<SourceLine> lines, RepairLog log, List<String> warnings) {
        this.lines = lines;
        this.log = log;
        this.warnings = warnings;
    }

    /** What the parser knows about the issue when it parses one of its notices. */
    record Context(String gazette, Integer year, Integer issue) {
    }

    Notice parse(int seq, NoticeLocator.Start start, int end, Context ctx) {
        List<String> titleLines = nonBlank(start.titleStart(), start.titleEnd());
        String rawTitle = String.join(" ", titleLines);
        String title = NoticeFields.title(rawTitle);
        if (start.orderNumber() != null) {
            title = title + start.orderNumber();
        }
        if (start.entry() != null && title.isEmpty()) {
            title = start.entry().title();
        }
        String doc = start.docNumber() != null ? start.docNumber()
                : start.entry() != null ? start.entry().docNumber() : null;

        List<SourceLine> rest = new ArrayList<>(lines.subList(start.headEnd(), end));
        String recipients = null;
        String displaced = null;
        int displacedLine = -1;
        if (start.recipientsOnDocLine() != null) {
            rest.add(0, new SourceLine(start.recipientsOnDocLine(), lines.get(start.titleEnd()).page()));
        }
        int first = firstNonBlank(rest);
        if (first >= 0) {
            String t = rest.get(first).text().strip();
            int colon = firstColon(t);
            if (colon > 0 && colon <= 200 && !t.substring(0, colon).contains("。") && !Patterns.startsStructure(t)
                    && looksLikeRecipients(t, colon)) {
                recipients = TextNormalizer.removeWrapSpaces(t.substring(0, colon));
                String remainder = t.substring(colon + 1).strip();
                if (isFragment(remainder)) {
                    displaced = remainder;
                    displacedLine = start.headEnd() + first;
                    remainder = "";
                }
                rest.set(first, rest.get(first).withText(remainder));
            }
        }
        Consult consult = extractConsult(rest, start.headEnd());

        int closing = findClosing(rest);
        List<Block> blocks = new ArrayList<>();
        LocalDate signed = null;
        Boolean isPublic = null;
        List<String> signatures = new ArrayList<>();
        int attachmentsFrom;
        if (closing >= 0) {
            int dateLine = nextDateLine(rest, closing);
            blocks.addAll(BlockBuilder.build(restore(ParagraphJoiner.join(rest.subList(0, closing), log, start.headEnd()),
                    displaced, displacedLine)));
            for (int k = closing; k < dateLine; k++) {
                String s = rest.get(k).text().strip();
                if (!s.isEmpty()) {
                    String sig = NoticeFields.signature(s);
                    signatures.add(sig);
                    blocks.add(Block.of(BlockType.SIGNATURE, sig, rest.get(k).page()));
                }
            }
            String dateText = TextNormalizer.removeWrapSpaces(rest.get(dateLine).text());
            signed = ChineseDates.find(dateText).orElse(null);
            blocks.add(Block.of(BlockType.DATE, dateText, rest.get(dateLine).page()));
            attachmentsFrom = dateLine + 1;
            int note = firstNonBlank(rest, attachmentsFrom);
            if (note >= 0 && Patterns.isNote(rest.get(note).text())) {
                String noteText = TextNormalizer.removeWrapSpaces(rest.get(note).text());
                blocks.add(Block.of(BlockType.NOTE, noteText, rest.get(note).page()));
                isPublic = NoticeFields.publicFlag(noteText);
                attachmentsFrom = note + 1;
            }
        } else {
            attachmentsFrom = firstLabel(rest);
            blocks.addAll(BlockBuilder.build(restore(ParagraphJoiner.join(rest.subList(0, attachmentsFrom), log,
                    start.headEnd()), displaced, displacedLine)));
        }
        Set<String> issuedTitles = quotedTitles(title, blocks);
        List<Attachment> attachments = attachments(rest.subList(attachmentsFrom, rest.size()), issuedTitles,
                start.headEnd() + attachmentsFrom);

        String issuer = NoticeFields.issuer(rawTitle, signatures);
        String type = Patterns.docType(title.replaceFirst("[（(]?第\\d+号[）)]?$", "")).orElse(null);
        String label = "notice " + seq + " (" + (title.isEmpty() ? "?" : title) + ")";
        if (title.isEmpty()) {
            warnings.add(label + ": no title found");
        }
        if (doc == null) {
            warnings.add(label + ": no 文号");
        }
        if (signed == null) {
            warnings.add(label + ": no signing date found");
        }
        if (issuer == null) {
            warnings.add(label + ": no issuer found");
        }
        if (type == null) {
            warnings.add(label + ": document type not recognised");
        }
        String section = start.entry() != null ? start.entry().section() : null;
        Integer tocPage = start.entry() != null ? start.entry().page() : null;
        return new Notice(seq, NoticeIds.id(ctx.gazette(), ctx.year(), ctx.issue(), doc, title), section, title, doc, type,
                issuer, recipients, signed, tocPage, isPublic, consult, blocks, attachments);
    }

    /** Text after the recipients' colon that ends a sentence but cannot start one: a fragment displaced by extraction. */
    private static boolean isFragment(String t) {
        return !t.isEmpty() && t.length() <= 30 && t.endsWith("。") && !t.contains("，")
                && !Patterns.startsStructure(t);
    }

    /**
     * Puts a displaced fragment back at the end of the first paragraph that stops mid-sentence before
     * a new structure (用和监督管理工作。 back after …保护利); when there is none it stays first.
     */
    private List<SourceLine> restore(List<SourceLine> paragraphs, String fragment, int line) {
        if (fragment == null) {
            return paragraphs;
        }
        List<SourceLine> out = new ArrayList<>(paragraphs);
        for (int k = 0; k < out.size(); k++) {
            String t = out.get(k).text();
            boolean open = !Patterns.endsSentence(t) && !Patterns.startsStructure(t) && t.length() > 30;
            boolean nextStarts = k + 1 >= out.size() || Patterns.startsStructure(out.get(k + 1).text());
            if (open && nextStarts) {
                out.set(k, out.get(k).withText(t + fragment));
                log.record(DISPLACED_PASS, line, fragment);
                return out;
            }
        }
        out.add(0, new SourceLine(fragment, null));
        return out;
    }

    private static final Pattern SENTENCE_OPENING =
            Pattern.compile("(根据|依据|按照|为了|为进一步|为加强|为深入|为切实|为全面|经研究|经.{1,12}同意|现将|现就|近日|日前|因)");

    private static boolean looksLikeRecipients(String t, int colon) {
        String head = t.substring(0, colon);
        // 根据《…》…，现将…公告如下： opens the text; recipients are bodies, not a sentence.
        if (head.contains("《") || head.contains("如下") || SENTENCE_OPENING.matcher(head).lookingAt()) {
            return false;
        }
        return head.contains("，") || head.contains("、") || Patterns.isSignature(head);
    }

    private static int firstColon(String t) {
        int a = t.indexOf('：');
        int b = t.indexOf(':');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private Consult extractConsult(List<SourceLine> rest, int offset) {
        String unit = null;
        String phone = null;
        for (int k = 0; k < rest.size(); k++) {
            String t = rest.get(k).text().strip();
            Matcher m;
            if (Patterns.CONSULT_HEADING.matcher(t).matches()) {
                log.record(CONSULT_PASS, offset + k, t);
                rest.set(k, rest.get(k).withText(""));
            } else if ((m = Patterns.CONSULT_UNIT.matcher(t)).matches() && unit == null) {
                unit = TextNormalizer.removeWrapSpaces(m.group(1));
                log.record(CONSULT_PASS, offset + k, "咨询单位：");
                rest.set(k, rest.get(k).withText(""));
            } else if ((m = Patterns.CONSULT_PHONE.matcher(t)).matches() && phone == null) {
                phone = TextNormalizer.removeWrapSpaces(m.group(1));
                log.record(CONSULT_PASS, offset + k, "咨询电话：");
                rest.set(k, rest.get(k).withText(""));
            }
        }
        return unit == null && phone == null ? null : new Consult(emptyToNull(unit), emptyToNull(phone));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Index of the first signature line that stands above a date line (the notice's closing), or -1. */
    private static int findClosing(List<SourceLine> rest) {
        for (int k = 0; k < rest.size(); k++) {
            String t = rest.get(k).text().strip();
            if (!ChineseDates.isDateLine(t)) {
                continue;
            }
            int sigStart = k;
            int count = 0;
            for (int j = k - 1; j >= 0 && count < 4; j--) {
                String s = rest.get(j).text().strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!Patterns.isSignature(s)) {
                    break;
                }
                sigStart = j;
                count++;
            }
            int after = firstNonBlank(rest, k + 1);
            boolean noteFollows = after >= 0 && Patterns.isNote(rest.get(after).text());
            if (count > 0 || noteFollows) {
                return sigStart;
            }
        }
        return -1;
    }

    private static int nextDateLine(List<SourceLine> rest, int from) {
        for (int k = from; k < rest.size(); k++) {
            if (ChineseDates.isDateLine(rest.get(k).text())) {
                return k;
            }
        }
        throw new IllegalStateException("closing without a date line");
    }

    private static int firstLabel(List<SourceLine> rest) {
        for (int k = 0; k < rest.size(); k++) {
            if (Patterns.ATTACHMENT_LABEL.matcher(rest.get(k).text().strip()).matches()) {
                return k;
            }
        }
        return rest.size();
    }

    /** Titles the notice names in 《》 (and the title's own 印发…的通知 part): issued documents start with one. */
    private static Set<String> quotedTitles(String title, List<Block> blocks) {
        Set<String> titles = new HashSet<>();
        StringBuilder text = new StringBuilder(title);
        for (Block b : blocks) {
            text.append(b.text());
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            titles.add(TextNormalizer.hanOnly(m.group(1)));
        }
        Matcher issued = Pattern.compile("印发(.{2,60})的通知$").matcher(title);
        if (issued.find()) {
            titles.add(TextNormalizer.hanOnly(issued.group(1).replaceAll("[《》]", "")));
        }
        return titles;
    }

    private List<Attachment> attachments(List<SourceLine> region, Set<String> issuedTitles, int offset) {
        List<Attachment> out = new ArrayList<>();
        String label = null;
        String title = null;
        List<SourceLine> body = null;
        for (int k = 0; k < region.size(); k++) {
            String t = region.get(k).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher lm = Patterns.ATTACHMENT_LABEL.matcher(t);
            boolean startsIssued = body != null && !body.isEmpty() && isAttachmentTitle(t)
                    && issuedTitles.contains(TextNormalizer.hanOnly(unquote(t)));
            if (lm.matches() || body == null || startsIssued) {
                if (body != null) {
                    out.add(attachment(label, title, body, offset));
                }
                body = new ArrayList<>();
                label = null;
                title = null;
                if (lm.matches()) {
                    label = attachmentLabel(lm.group(1));
                    int next = firstNonBlank(region, k + 1);
                    if (next >= 0 && isAttachmentTitle(region.get(next).text().strip())) {
                        title = region.get(next).text().strip();
                        k = next;
                    }
                } else if (isAttachmentTitle(t)) {
                    title = t;
                } else {
                    body.add(region.get(k));
                }
                continue;
            }
            body.add(region.get(k));
        }
        if (body != null && (title != null || label != null || !body.isEmpty())) {
            out.add(attachment(label, title, body, offset));
        }
        return out;
    }

    /** 附件, 附件1, 附件4-1 (spaces gone, digits half-width, any dash a hyphen). */
    static String attachmentLabel(String number) {
        if (number == null) {
            return "附件";
        }
        String n = org.gazettereader.model.DocNumber.normalizeDigits(number).replaceAll("\\s+", "");
        return "附件" + n.replaceAll("[－—–]", "-");
    }

    private Attachment attachment(String label, String title, List<SourceLine> body, int offset) {
        String t = title == null ? null : TextNormalizer.normalizeTitle(unquote(title));
        return new Attachment(label, t, BlockBuilder.build(ParagraphJoiner.join(body, log, offset)));
    }

    private static boolean isAttachmentTitle(String t) {
        String u = unquote(t);
        return t.length() <= 60 && !u.isEmpty() && "。！？；：，,;:".indexOf(u.charAt(u.length() - 1)) < 0 && !Patterns.startsStructure(t)
                && !Patterns.isKeyValue(t) && Patterns.hanCount(t) >= 2;
    }

    private static String unquote(String t) {
        String s = t.strip();
        if (s.startsWith("《") && s.endsWith("》") && s.indexOf('《', 1) < 0) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private List<String> nonBlank(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static int firstNonBlank(List<SourceLine> l) {
        return firstNonBlank(l, 0);
    }

    private static int firstNonBlank(List<SourceLine> l, int from) {
        for (int k = from; k < l.size(); k++) {
            if (!l.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
