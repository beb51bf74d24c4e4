// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The idle clock of a public terminal. A patron's first touch starts a session; after
 * {@code idle} without input a countdown of {@code warning} begins (WCAG 2.2.1: at least 20 s,
 * one simple action extends it); when it runs out the session is forgotten. Time comes from an
 * injectable {@link Clock}, read on each {@link #tick()} (a one-second timeline in the window, a
 * test's own calls in tests), so nothing here waits.
 */
public final class IdleTimer {
    private Clock clock;
    private Duration idle;
    private final Duration warning;
    private final Runnable sessionStarted;
    private final Runnable forget;
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);
    private boolean session;
    private Instant lastInput;

    /**
     * {@code sessionStarted} runs when a patron's first input after a reset arrives; {@code forget}
     * when the countdown runs out.
     */
    public IdleTimer(Clock clock, Duration idle, Duration warning, Runnable sessionStarted, Runnable forget) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idle = positive(idle);
        this.warning = positive(warning);
        this.sessionStarted = sessionStarted;
        this.forget = forget;
        this.lastInput = clock.instant();
    }

    private static Duration positive(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("not a positive duration: " + d);
        }
        return d;
    }

    /** True while the countdown is shown. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** Whole seconds left on the countdown (rounded up). */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** True from a patron's first input until the session is forgotten. */
    public boolean inSession() {
        return session;
    }

    public Duration idle() {
        return idle;
    }

    /** A new quiet time before the countdown (the administrator's panel); counted from now. */
    public void setIdle(Duration value) {
        idle = positive(value);
        lastInput = clock.instant();
    }

    /** Another time source (tests drive the timer with a clock of their own). */
    public void setClock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        lastInput = clock.instant();
    }

    /**
     * A key, click, tap or scroll: starts a session, or restarts the quiet time. During the
     * countdown it is the one simple action that extends the session.
     */
    public void activity() {
        if (counting.get()) {
            extend();
            return;
        }
        lastInput = clock.instant();
        if (!session) {
            session = true;
            sessionStarted.run();
        }
    }

    /** A pointer moving: keeps a running session awake, but starts none and does not end the countdown. */
    public void movement() {
        if (session && !counting.get()) {
            lastInput = clock.instant();
        }
    }

    /** "继续阅读": the countdown ends and the session goes on. */
    public void extend() {
        lastInput = clock.instant();
        counting.set(false);
        secondsLeft.set(0);
    }

    /** Looks at the clock: starts the countdown, counts it down, or forgets the session. */
    public void tick() {
        if (!session) {
            return;
        }
        Duration quiet = Duration.between(lastInput, clock.instant());
        if (quiet.compareTo(idle) < 0) {
            if (counting.get()) {
                extend();
            }
            return;
        }
        Duration left = idle.plus(warning).minus(quiet);
        if (left.isNegative() || left.isZero()) {
            resetNow();
            return;
        }
        secondsLeft.set((int) ((left.toMillis() + 999) / 1000));
        counting.set(true);
    }

    /** Forgets the session at once (the countdown ran out, or the administrator asked). */
    public void resetNow() {
        session = false;
        counting.set(false);
        secondsLeft.set(0);
        lastInput = clock.instant();
        forget.run();
    }
}
