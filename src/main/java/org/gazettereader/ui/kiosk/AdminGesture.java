// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The administrator's gesture: five taps in the top-left corner of the screen within three
 * seconds. Patrons tapping elsewhere, or slowly, never trigger it.
 */
public final class AdminGesture {
    /** Size of the corner, in scene pixels (at least a finger's 44 px). */
    public static final double CORNER = 64;
    static final int TAPS = 5;
    static final Duration WITHIN = Duration.ofSeconds(3);

    private Clock clock;
    private final Deque<Instant> taps = new ArrayDeque<>();

    public AdminGesture(Clock clock) {
        this.clock = clock;
    }

    public void setClock(Clock value) {
        clock = value;
        taps.clear();
    }

    /** A press at scene coordinates ({@code x}, {@code y}); true when it completes the gesture. */
    public boolean press(double x, double y) {
        if (x < 0 || y < 0 || x > CORNER || y > CORNER) {
            taps.clear();
            return false;
        }
        Instant now = clock.instant();
        taps.addLast(now);
        while (!taps.isEmpty() && Duration.between(taps.peekFirst(), now).compareTo(WITHIN) > 0) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }
}
