// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English a Chinese reader should not meet: words of Latin letters only. Allowed are what a
 * Chinese interface writes in Latin letters too: letters with digits (a 文号's, an encoding such as
 * UTF-8, a version), paths and file names (anything with a slash, or a dot before letters), the
 * names of keys printed on the keyboard and a menu's access key (文件(F)), units, PDF, and the
 * example of pinyin initials a person types (zscq).
 */
public final class LatinWords {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._\\-/\\\\:~+#%]+");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Set<String> ALLOWED = Set.of("PDF", "MB", "KB", "GB", "Esc", "ESC", "Ctrl", "Shift", "Alt",
            "Enter", "Home", "End", "PgUp", "PgDn", "Tab", "F1", "F3", "F11", "zscq");

    private LatinWords() {
    }

    /** The Latin-only words of {@code text}, in order; empty when it speaks Chinese throughout. */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group().replaceAll("^[.:\\-~+#%]+|[.:\\-~+#%]+$", "");
            if (!LETTER.matcher(t).find() || ALLOWED.contains(t) || t.replace("_", "").length() == 1) {
                continue;
            }
            boolean digits = t.chars().anyMatch(Character::isDigit);
            boolean path = t.contains("/") || t.contains("\\");
            boolean fileName = t.matches(".*\\.[A-Za-z0-9]{1,5}") || m.group().startsWith(".");
            if (!digits && !path && !fileName) {
                out.add(t);
            }
        }
        return out;
    }
}
