// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.util.Objects;

/**
 * Pages a patron may still print: what is left of the session's quota and of the terminal's daily
 * quota, whichever is less, and none when the terminal does not print. The day's pages come from
 * the counters, so the daily quota holds across restarts and starts afresh at midnight.
 */
public final class PrintQuota {
    private final KioskSettings settings;
    private final KioskCounters counters;
    private int sessionPages;

    public PrintQuota(KioskSettings settings, KioskCounters counters) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** Pages that may still be printed now: min(session left, day left); 0 when printing is not allowed. */
    public synchronized int remaining() {
        if (!settings.printAllowed()) {
            return 0;
        }
        int session = settings.pagesPerSession() - sessionPages;
        int day = settings.pagesPerDay() - counters.today().pagesPrinted();
        return Math.max(0, Math.min(session, day));
    }

    /**
     * Takes {@code pages} from the quota and counts them as printed; false, with nothing taken or
     * counted, when that is more than {@link #remaining()}.
     */
    public synchronized boolean take(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
        if (pages > remaining()) {
            return false;
        }
        counters.pagesPrinted(pages);
        sessionPages += pages;
        return true;
    }

    /**
     * The same session under new settings (the administrator changed the quotas): the pages this
     * patron printed still count, so a settings change mid-session gives no fresh quota.
     */
    public synchronized PrintQuota withSettings(KioskSettings changed) {
        PrintQuota next = new PrintQuota(changed, counters);
        next.sessionPages = sessionPages;
        return next;
    }

    /** A new patron: the session's quota is whole again (the day's is not). */
    public synchronized void newSession() {
        sessionPages = 0;
    }
}
