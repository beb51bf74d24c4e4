// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops printed page footers ({@code —2—}, {@code · 3 ·}, {@code - 4 -}, a bare page number that
 * follows the sequence) and gives the lines above each footer its printed page number.
 */
public final class PageFooterPass implements RepairPass {
    public static final String NAME = "page-footers";
    private static final Pattern DECORATED = Pattern.compile("^[—–\\-－·•]+\\s*(\\d{1,4})\\s*[—–\\-－·•]+$");
    private static final Pattern BARE = Pattern.compile("^(\\d{1,4})$");
    private static final Pattern CHINESE = Pattern.compile("^第\\s*(\\d{1,4})\\s*页$");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, RepairLog log) {
        List<SourceLine> out = new ArrayList<>(lines);
        int pageStart = 0;
        int last = -1;
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i).text().strip();
            Integer page = decorated(t);
            if (page == null) {
                Matcher bare = BARE.matcher(t);
                if (bare.matches() && isolated(out, i)) {
                    int n = Integer.parseInt(bare.group(1));
                    // The first bare number starts the sequence only as page 1 or 2 (a cover may have none).
                    if (last >= 0 ? n > last && n <= last + 3 : n >= 1 && n <= 2 && i > 0) {
                        page = n;
                    }
                }
            }
            if (page == null) {
                continue;
            }
            for (int j = pageStart; j < i; j++) {
                out.set(j, out.get(j).withPage(page));
            }
            log.record(NAME, i, t);
            out.set(i, out.get(i).withText("").withPage(page));
            pageStart = i + 1;
            last = page;
        }
        return out;
    }

    private static Integer decorated(String t) {
        Matcher m = DECORATED.matcher(t);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        m = CHINESE.matcher(t);
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    private static boolean isolated(List<SourceLine> lines, int i) {
        boolean before = i == 0 || lines.get(i - 1).isBlank();
        boolean after = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
        return before && after;
    }
}
