// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each named repair pass removed or changed, so that nothing disappears unaccounted for. */
public final class RepairLog {
    /** One change: the pass, the source line (0-based, -1 when not tied to one) and what was removed or joined. */
    public record Entry(String pass, int line, String detail) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public void record(String pass, int line, String detail) {
        entries.add(new Entry(pass, line, detail));
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<Entry> entries(String pass) {
        return entries.stream().filter(e -> e.pass().equals(pass)).toList();
    }

    /** Count of changes by pass, in the order the passes first reported. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entry e : entries) {
            counts.merge(e.pass(), 1, Integer::sum);
        }
        return counts;
    }
}
