// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (the kiosk's quotas, PIN lockout, idle timer and terminal tests). */
public final class TestClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    /** 2026-03-02 09:00 UTC, in Asia/Shanghai. */
    public TestClock() {
        this("2026-03-02T09:00:00Z", ZoneId.of("Asia/Shanghai"));
    }

    /** {@code instant} in the terminals' zone (UTC+8). */
    public TestClock(String instant) {
        this(instant, ZoneOffset.ofHours(8));
    }

    public TestClock(String instant, ZoneId zone) {
        this(Instant.parse(instant), zone);
    }

    private TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the time on; the window's threads read it while the test moves it. */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new TestClock(instant(), z);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }
}
