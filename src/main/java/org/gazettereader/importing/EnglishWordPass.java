// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts back 和 where the extraction replaced it by an English " and " between Chinese characters. */
public final class EnglishWordPass implements RepairPass {
    public static final String NAME = "english-words";
    private static final Pattern AND = Pattern.compile("(?<=[\\p{IsHan}”」》）])\\s*\\band\\b\\s*(?=[\\p{IsHan}“「《（])");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, RepairLog log) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (!line.text().contains("and")) {
                out.add(line);
                continue;
            }
            Matcher m = AND.matcher(line.text());
            if (m.find()) {
                int count = 0;
                m.reset();
                while (m.find()) {
                    count++;
                }
                for (int k = 0; k < count; k++) {
                    log.record(NAME, i, "and → 和");
                }
                out.add(line.withText(AND.matcher(line.text()).replaceAll("和")));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
