// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns ideographic (U+3000) and no-break spaces into plain spaces, so that every later step sees
 * one kind of space; the wrap-space repair then decides which spaces stay. No text is removed.
 */
public final class WhitespacePass implements RepairPass {
    public static final String NAME = "whitespace";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, RepairLog log) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            String t = line.text();
            out.add(t.indexOf('\u3000') < 0 && t.indexOf('\u00A0') < 0 ? line
                    : line.withText(t.replace('\u3000', ' ').replace('\u00A0', ' ')));
        }
        return out;
    }
}
