// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.util.function.Supplier;
import org.gazettereader.kiosk.KioskCounters;

/**
 * Counts the searches a patron made, not every pause in their typing: the window searches as one
 * types (吕, 吕梁, 吕梁市), so a query is counted once it is no longer being extended: when a query
 * that does not continue it is answered, or when the session ends.
 */
final class SearchTally {
    private final Supplier<KioskCounters> counters;
    private String pending;
    private int hits;

    SearchTally(Supplier<KioskCounters> counters) {
        this.counters = counters;
    }

    /** The window answered {@code query} with {@code total} hits. */
    void answered(String query, int total) {
        String q = query == null ? "" : query.strip();
        if (pending != null && !q.startsWith(pending) && !pending.startsWith(q)) {
            flush();
        } else if (pending != null && q.length() < pending.length()) {
            // Deleting back towards a new query: the longer one was the search.
            flush();
        }
        if (!q.isEmpty()) {
            pending = q;
            hits = total;
        }
    }

    /** Counts the query being typed, if any. */
    void flush() {
        KioskCounters c = counters.get();
        if (pending != null && c != null) {
            c.searched(pending, hits);
        }
        pending = null;
        hits = 0;
    }
}
