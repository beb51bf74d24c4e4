// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.regex.Pattern;

/** Drops stray Markdown the extraction left: bullets ({@code - }) at a line start and rules ({@code -----}). */
public final class MarkdownArtifactsPass extends LinePass {
    public static final String NAME = "markdown-artifacts";
    private static final Pattern RULE = Pattern.compile("^[\\s\\-=_*\\t]{3,}$");
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+(?=\\S)");

    public MarkdownArtifactsPass() {
        super(NAME);
    }

    @Override
    String repair(int index, String t, RepairLog log) {
        if (RULE.matcher(t).matches() && t.chars().filter(c -> c == '-' || c == '=' || c == '_' || c == '*').count() >= 3) {
            log.record(NAME, index, t);
            return "";
        }
        var m = BULLET.matcher(t);
        if (m.find()) {
            log.record(NAME, index, m.group());
            return t.substring(m.end());
        }
        return t;
    }
}
