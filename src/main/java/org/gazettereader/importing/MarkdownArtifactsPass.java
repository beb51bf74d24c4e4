// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Drops stray Markdown the extraction left: bullets ({@code - }) at a line start and rules ({@code -----}). */
public final class MarkdownArtifactsPass implements RepairPass {
    public static final String NAME = "markdown-artifacts";
    private static final Pattern RULE = Pattern.compile("^[\\s\\-=_*\\t]{3,}$");
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+(?=\\S)");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, RepairLog log) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            if (RULE.matcher(t).matches() && t.chars().filter(c -> c == '-' || c == '=' || c == '_' || c == '*').count() >= 3) {
                log.record(NAME, i, t);
                out.add(line.withText(""));
                continue;
            }
            var m = BULLET.matcher(t);
            if (m.find()) {
                log.record(NAME, i, m.group());
                out.add(line.withText(t.substring(m.end())));
                continue;
            }
            out.add(line);
        }
        return out;
    }
}
