// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The administrator's door on a public terminal: checks a PIN against the stored hash, allowing
 * {@value #TRIES} wrong tries, then locking out for {@link #FIRST_LOCKOUT}, twice as long after the
 * next {@value #TRIES} wrong tries, and so on up to {@link #MAX_LOCKOUT}. A right PIN resets the
 * count. While locked out no PIN is checked, not even the right one. The state lives in memory: a
 * restart of the reader (which the OS does, not a patron) starts afresh. The PIN arrays given to
 * {@link #attempt(char[])} belong to the caller and are left as they are.
 */
public final class PinGate {
    public static final int TRIES = 5;
    public static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(30);

    /** What one attempt came to. */
    public enum Outcome { OPENED, WRONG, LOCKED_OUT, NO_PIN_SET }

    /**
     * One attempt's result.
     *
     * @param outcome   what happened
     * @param triesLeft wrong tries still allowed before the next lockout (0 when locked out or no PIN is set)
     * @param lockedFor how long the lockout still lasts; zero unless {@code outcome} is {@code LOCKED_OUT}
     */
    public record Attempt(Outcome outcome, int triesLeft, Duration lockedFor) {
        public Attempt {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(lockedFor, "lockedFor");
        }
    }

    private final Optional<PinHash> hash;
    private final Clock clock;
    private int wrong;
    private int lockouts;
    private Instant lockedUntil = Instant.MIN;

    /**
     * @param pinHash the stored hash ({@link PinHash#encoded()}), or empty when no PIN is set
     * @param clock   the time, injectable for tests
     * @throws KioskException when {@code pinHash} is present but not a hash this program writes
     */
    public PinGate(Optional<String> pinHash, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hash = Objects.requireNonNull(pinHash, "pinHash").map(s -> PinHash.parse(s)
                .orElseThrow(() -> new KioskException("kiosk.pin.badHash")));
    }

    /** Checks {@code pin}: opens, counts a wrong try, or refuses while locked out. */
    public synchronized Attempt attempt(char[] pin) {
        if (hash.isEmpty()) {
            return new Attempt(Outcome.NO_PIN_SET, 0, Duration.ZERO);
        }
        Instant now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            return new Attempt(Outcome.LOCKED_OUT, 0, Duration.between(now, lockedUntil));
        }
        if (hash.get().matches(pin)) {
            wrong = 0;
            lockouts = 0;
            return new Attempt(Outcome.OPENED, TRIES, Duration.ZERO);
        }
        wrong++;
        if (wrong < TRIES) {
            return new Attempt(Outcome.WRONG, TRIES - wrong, Duration.ZERO);
        }
        Duration lockout = lockoutAfter(lockouts);
        lockouts++;
        wrong = 0;
        lockedUntil = now.plus(lockout);
        return new Attempt(Outcome.LOCKED_OUT, 0, lockout);
    }

    /** How long the gate stays shut from now on (zero when it is open for tries). */
    public synchronized Duration lockedFor() {
        Instant now = clock.instant();
        return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** The lockout after {@code earlier} lockouts: 30 s, 60 s, 2 min, … at most 30 min. */
    static Duration lockoutAfter(int earlier) {
        Duration d = FIRST_LOCKOUT;
        for (int i = 0; i < earlier && d.compareTo(MAX_LOCKOUT) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : d;
    }
}
