// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fields of a notice read from its words: the issuer (from title or signatures) and the publication flag. */
final class NoticeFields {
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

    /** The issuer is what stands before 关于 in the title; joint issuers are joined with 、. */
    static String issuer(String rawTitle, List<String> signatures) {
        String t = DocNumberText.normalizeInText(rawTitle.strip());
        int about = t.indexOf("关于");
        if (about > 0) {
            String head = t.substring(0, about).strip();
            String[] parts = head.split("[\\s、]+");
            if (parts.length > 1) {
                boolean allOrgs = true;
                for (String p : parts) {
                    allOrgs &= Patterns.isSignature(p);
                }
                if (allOrgs) {
                    return String.join("、", parts);
                }
            }
            return TextNormalizer.removeWrapSpaces(head);
        }
        Matcher order = Pattern.compile("^(.{2,40}?)令(第\\d+号)?$").matcher(TextNormalizer.removeWrapSpaces(t));
        if (order.matches()) {
            return order.group(1);
        }
        if (!signatures.isEmpty()) {
            List<String> orgs = signatures.stream().filter(s -> !s.matches("^(总理|主席|省长|市长|部长|局长|主任).*")).toList();
            return orgs.isEmpty() ? String.join("、", signatures) : String.join("、", orgs);
        }
        return null;
    }
}
