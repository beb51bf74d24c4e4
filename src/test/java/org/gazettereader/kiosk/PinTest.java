// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.gazettereader.kiosk.PinGate.Outcome;
import org.junit.jupiter.api.Test;

/** The administrator's PIN: stored salted and hashed, checked in constant time, wrong tries locked out longer each time. */
class PinTest {
    /** Fast enough for a test; the stored string carries its iterations, so checking needs no setting. */
    private static final int FAST = 1_000;
    private final TestClock clock = new TestClock("2026-03-02T01:00:00Z");

    private PinGate gate(String pin) {
        return new PinGate(Optional.of(PinHash.create(pin.toCharArray(), FAST).encoded()), clock);
    }

    @Test
    void theHashIsSaltedCarriesItsIterationsAndNeverHoldsThePin() {
        String a = PinHash.create("482915".toCharArray(), FAST).encoded();
        String b = PinHash.create("482915".toCharArray(), FAST).encoded();
        assertThat(a).startsWith("pbkdf2-sha256$1000$").doesNotContain("482915").isNotEqualTo(b);
        assertThat(PinHash.parse(a)).get().satisfies(h -> {
            assertThat(h.iterations()).isEqualTo(FAST);
            assertThat(h.matches("482915".toCharArray())).isTrue();
            assertThat(h.matches("482916".toCharArray())).isFalse();
            assertThat(h.matches("".toCharArray())).isFalse();
        });
        assertThat(PinHash.create("0000".toCharArray()).iterations()).isEqualTo(PinHash.DEFAULT_ITERATIONS);
    }

    @Test
    void onlyFourToTwelveDigitsMakeAPin() {
        assertThat(PinHash.isValidPin("1234".toCharArray())).isTrue();
        assertThat(PinHash.isValidPin("123".toCharArray())).isFalse();
        assertThat(PinHash.isValidPin("12a4".toCharArray())).isFalse();
        assertThat(PinHash.isValidPin("１２３４".toCharArray())).as("full-width digits").isFalse();
        assertThat(PinHash.isValidPin("1234567890123".toCharArray())).isFalse();
        assertThatThrownBy(() -> PinHash.create("12".toCharArray(), FAST)).isInstanceOf(KioskException.class)
                .hasMessage("A PIN is 4 to 12 digits");
    }

    @Test
    void storedStringsThatAreNotHashesAreRefused() {
        String good = PinHash.create("4321".toCharArray(), FAST).encoded();
        assertThat(PinHash.parse("4321")).isEmpty();
        assertThat(PinHash.parse(good.replace("pbkdf2-sha256", "md5"))).isEmpty();
        assertThat(PinHash.parse(good.replace("$1000$", "$10$"))).as("too few iterations").isEmpty();
        assertThat(PinHash.parse(good.substring(0, good.length() - 4))).as("cut short").isEmpty();
        assertThat(PinHash.parse(good + "$x")).isEmpty();
        assertThatThrownBy(() -> new PinGate(Optional.of("4321"), clock)).isInstanceOf(KioskException.class);
    }

    @Test
    void theRightPinOpens() {
        PinGate g = gate("2468");
        assertThat(g.attempt("2468".toCharArray())).isEqualTo(new PinGate.Attempt(Outcome.OPENED, 5, Duration.ZERO));
    }

    @Test
    void fiveWrongTriesLockOutEvenTheRightPinAndEachLockoutIsLonger() {
        PinGate g = gate("2468");
        for (int left = 4; left >= 1; left--) {
            assertThat(g.attempt("1111".toCharArray())).isEqualTo(new PinGate.Attempt(Outcome.WRONG, left, Duration.ZERO));
        }
        assertThat(g.attempt("1111".toCharArray()))
                .isEqualTo(new PinGate.Attempt(Outcome.LOCKED_OUT, 0, Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(10));
        assertThat(g.attempt("2468".toCharArray())).as("the right PIN while locked out")
                .isEqualTo(new PinGate.Attempt(Outcome.LOCKED_OUT, 0, Duration.ofSeconds(20)));
        clock.advance(Duration.ofSeconds(20));
        assertThat(g.lockedFor()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(g.attempt("9999".toCharArray()).outcome()).isEqualTo(Outcome.WRONG);
        }
        assertThat(g.attempt("9999".toCharArray()).lockedFor()).as("second lockout").isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 5; i++) {
            g.attempt("9999".toCharArray());
        }
        assertThat(g.lockedFor()).as("third lockout").isEqualTo(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(g.attempt("2468".toCharArray()).outcome()).isEqualTo(Outcome.OPENED);
        for (int i = 0; i < 5; i++) {
            g.attempt("9999".toCharArray());
        }
        assertThat(g.lockedFor()).as("after the right PIN the lockouts start again from 30 s")
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void lockoutsGrowToHalfAnHourAndNoFurther() {
        assertThat(PinGate.lockoutAfter(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PinGate.lockoutAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(PinGate.lockoutAfter(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(PinGate.lockoutAfter(1000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void withoutAPinNothingOpensAndTheCallersArrayIsLeftAlone() {
        PinGate none = new PinGate(Optional.empty(), clock);
        char[] typed = "2468".toCharArray();
        assertThat(none.attempt(typed).outcome()).isEqualTo(Outcome.NO_PIN_SET);
        gate("2468").attempt(typed);
        gate("1357").attempt(typed);
        assertThat(typed).containsExactly('2', '4', '6', '8');
    }
}
