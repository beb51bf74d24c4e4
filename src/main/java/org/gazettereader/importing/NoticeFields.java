// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fields of a notice read from its words: the title, the issuer (from title or signatures) and the publication flag. */
final class NoticeFields {
    /** A body that relays another body's document: the issuer is the one that signs, not the one relayed. */
    private static final Pattern RELAY = Pattern.compile("(批转|转发)");
    private static final Pattern ORDER = Pattern.compile("^(.{2,40}?)令(第\\d+号)?$");
    /** 国务院任免国家工作人员, 中华人民共和国主席任免人员: the body that appoints is named first. */
    private static final Pattern APPOINTS = Pattern.compile("^(.{2,30}?)(?:任免|任命)");
    /** Words that continue an organ's name cut by a line wrap; a part starting with one is no organ of its own. */
    private static final Pattern CONTINUATION = Pattern.compile("^(人民政府|政府|办公|委员会|常务|人民|公室|厅|局|委)");
    private static final Pattern PERSON = Pattern.compile("^(总理|副总理|主席|省长|市长|县长|区长|部长|局长|主任|署长|行长).*");

    private NoticeFields() {
    }

    /** 此件公开发布 / 主动公开 → true, 不予公开 → false, anything else → null. */
    static Boolean publicFlag(String note) {
        if (note.contains("不予公开") || note.contains("不公开")) {
            return false;
        }
        if (note.contains("公开发布") || note.contains("主动公开") || note.contains("公开")) {
            return true;
        }
        return null;
    }

    /**
     * The title as the contents page prints it; joint issuers before 关于 keep the space or 、 that
     * separates them ({@code 国务院办公厅 中央军委办公厅关于…}), other wrap spaces go.
     */
    static String title(String rawTitle) {
        String t = DocNumberText.normalizeInText(rawTitle.strip());
        int about = t.indexOf("关于");
        if (about > 0) {
            String[] parts = jointIssuers(t.substring(0, about).strip());
            if (parts != null) {
                String sep = t.substring(0, about).contains("、") ? "、" : " ";
                return String.join(sep, parts) + TextNormalizer.normalizeTitle(t.substring(about));
            }
        }
        return TextNormalizer.normalizeTitle(rawTitle);
    }

    /** The issuers when {@code head} names two or more organs apart by spaces or 、, else null. */
    private static String[] jointIssuers(String head) {
        String[] parts = head.split("[\\s、]+");
        if (parts.length < 2) {
            return null;
        }
        for (String p : parts) {
            if (p.length() < 4 || !Patterns.isSignature(p) || CONTINUATION.matcher(p).find()) {
                return null;
            }
        }
        return parts;
    }

    /**
     * The issuer: what stands before 关于 in the title (joint issuers joined with 、); for a body that
     * relays another's document (国务院批转国家经贸委关于…), the signing body; for an order, the body
     * that gives it; else the signature block.
     */
    static String issuer(String rawTitle, List<String> signatures) {
        String t = DocNumberText.normalizeInText(rawTitle.strip());
        int about = t.indexOf("关于");
        String head = about > 0 ? t.substring(0, about).strip() : t;
        Matcher relay = RELAY.matcher(head);
        if (relay.find() && relay.start() > 1) {
            String signed = signingBody(signatures);
            return signed != null ? signed : TextNormalizer.removeWrapSpaces(head.substring(0, relay.start()));
        }
        if (about > 0) {
            String[] parts = jointIssuers(head);
            return parts != null ? String.join("、", parts) : TextNormalizer.removeWrapSpaces(head);
        }
        String compact = TextNormalizer.removeWrapSpaces(t);
        Matcher order = ORDER.matcher(compact);
        if (order.matches()) {
            return order.group(1);
        }
        String signed = signingBody(signatures);
        if (signed != null) {
            return signed;
        }
        Matcher appoints = APPOINTS.matcher(compact);
        return appoints.find() ? appoints.group(1) : null;
    }

    /**
     * A signature line without wrap spaces; organs signing side by side ({@code 国务院办公厅    中央军委办公厅})
     * keep one space between them.
     */
    static String signature(String line) {
        String[] parts = line.strip().split("\\s{2,}");
        if (parts.length > 1 && java.util.Arrays.stream(parts).allMatch(p -> p.length() >= 4 && Patterns.isSignature(p))) {
            return String.join(" ", java.util.Arrays.stream(parts).map(TextNormalizer::removeWrapSpaces).toList());
        }
        return TextNormalizer.removeWrapSpaces(line);
    }

    /** The organs of the signature block joined with 、 (office holders only when no organ signs), or null. */
    static String signingBody(List<String> signatures) {
        if (signatures.isEmpty()) {
            return null;
        }
        List<String> orgs = signatures.stream().filter(s -> !PERSON.matcher(s).matches())
                .flatMap(s -> java.util.Arrays.stream(s.split(" "))).toList();
        return orgs.isEmpty() ? String.join("、", signatures) : String.join("、", orgs);
    }
}
