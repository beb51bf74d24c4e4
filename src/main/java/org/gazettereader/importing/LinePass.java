// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A repair pass that looks at one line at a time: it returns the line's new text (empty to blank
 * it, the same string to keep it) and records in the log what it removed or replaced.
 */
abstract class LinePass implements RepairPass {
    private final String name;

    LinePass(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<SourceLine> apply(List<SourceLine> lines, RepairLog log) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String repaired = repair(i, line.text(), log);
            out.add(repaired.equals(line.text()) ? line : line.withText(repaired));
        }
        return out;
    }

    /** The repaired text of line {@code index}; records what it changed under {@link #name()}. */
    abstract String repair(int index, String text, RepairLog log);
}
