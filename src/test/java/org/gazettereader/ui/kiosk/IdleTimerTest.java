// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle clock, the corner gesture and the search count of a terminal, driven by a clock of the test's own. */
class IdleTimerTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-03-02T01:00:00Z", ZoneId.of("Asia/Shanghai"));
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();
    private final IdleTimer timer = new IdleTimer(clock, Duration.ofSeconds(120), Duration.ofSeconds(30),
            sessions::incrementAndGet, resets::incrementAndGet);

    private void after(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        timer.tick();
    }

    @Test
    void aTouchStartsASessionAndQuietEndsIt() {
        after(500);
        assertThat(timer.countingProperty().get()).as("nobody there: nothing to count down").isFalse();
        timer.movement();
        after(500);
        assertThat(timer.inSession()).as("a pointer drifting starts no session").isFalse();
        timer.activity();
        assertThat(sessions).hasValue(1);
        after(119);
        assertThat(timer.countingProperty().get()).isFalse();
        after(1);
        assertThat(timer.countingProperty().get()).isTrue();
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(30);
        timer.movement();
        after(10);
        assertThat(timer.secondsLeftProperty().get()).as("moving the pointer does not extend").isEqualTo(20);
        after(19);
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(1);
        assertThat(resets).hasValue(0);
        after(1);
        assertThat(resets).hasValue(1);
        assertThat(timer.countingProperty().get()).isFalse();
        assertThat(timer.inSession()).isFalse();
        after(1000);
        assertThat(resets).as("one reset per session").hasValue(1);
    }

    @Test
    void oneSimpleActionExtendsAndTheAdministratorChangesTheIdleTime() {
        timer.activity();
        after(125);
        assertThat(timer.countingProperty().get()).isTrue();
        timer.activity();
        assertThat(timer.countingProperty().get()).as("a tap during the countdown extends").isFalse();
        after(119);
        assertThat(timer.countingProperty().get()).isFalse();
        timer.setIdle(Duration.ofSeconds(300));
        after(299);
        assertThat(timer.countingProperty().get()).isFalse();
        after(1);
        assertThat(timer.countingProperty().get()).isTrue();
        assertThat(sessions).as("still the same patron").hasValue(1);
    }

    @Test
    void fiveTapsInTheCornerWithinThreeSeconds() {
        AdminGesture g = new AdminGesture(clock);
        for (int i = 0; i < 4; i++) {
            assertThat(g.press(10, 10)).isFalse();
            clock.advance(Duration.ofMillis(700));
        }
        assertThat(g.press(300, 10)).as("a tap elsewhere starts again").isFalse();
        for (int i = 0; i < 4; i++) {
            assertThat(g.press(5, 60)).isFalse();
            clock.advance(Duration.ofMillis(1000));
        }
        assertThat(g.press(5, 60)).as("the first of five taps was 4 s ago").isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(g.press(5, 60)).as("four taps within the last 3 s").isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(g.press(5, 60)).as("five taps within the last 3 s (2.2 s)").isTrue();
        assertThat(g.press(5, 60)).as("the gesture starts again after it opened the pad").isFalse();
    }

    @Test
    void searchAsYouTypeCountsTheQueryOnce() {
        KioskCounters counters = new KioskCounters(dir.resolve("kiosk-counters.json"), clock);
        SearchTally tally = new SearchTally(() -> counters);
        tally.answered("吕", 20);
        tally.answered("吕梁", 15);
        tally.answered("吕梁市", 12);
        tally.answered("社保卡", 0);
        tally.answered("", 0);
        tally.answered("吕梁县", 0);
        tally.flush();
        KioskCounters.DayStats today = counters.today();
        assertThat(today.searches()).isEqualTo(3);
        assertThat(today.searchesWithoutHits()).isEqualTo(2);
        assertThat(today.queriesWithoutHits()).containsExactlyInAnyOrder("社保卡", "吕梁县");
    }
}
