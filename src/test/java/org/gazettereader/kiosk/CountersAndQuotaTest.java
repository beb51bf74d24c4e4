// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The librarian's counters (per day, kept across restarts, nothing about a patron) and the print quotas built on them. */
class CountersAndQuotaTest {
    @TempDir
    Path dir;

    /** 23:00 in Beijing on 2 March: an hour before the day turns. */
    private final TestClock clock = new TestClock("2026-03-02T15:00:00Z");

    private Path file() {
        return dir.resolve("data").resolve(KioskCounters.FILE_NAME);
    }

    private static KioskSettings quotas(boolean print, int perSession, int perDay) {
        KioskSettings d = KioskSettings.defaults(true);
        return new KioskSettings(true, Optional.empty(), "阅览室 2 号机", d.idleSeconds(), d.warningSeconds(), print,
                perSession, perDay, false, Optional.empty(), d.textScale(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void countsAreKeptPerDayAcrossRestarts() throws Exception {
        KioskCounters c = new KioskCounters(file(), clock);
        assertThat(Files.exists(file())).as("nothing counted, nothing written").isFalse();
        assertThat(c.today()).isEqualTo(new KioskCounters.DayStats(LocalDate.of(2026, 3, 2), 0, 0, 0, 0, List.of(), 0));
        c.sessionStarted();
        c.sessionStarted();
        c.noticeOpened();
        c.searched("吕政发〔2023〕2号", 3);
        c.searched("  环境   保护  ", 0);
        c.searched("gongzuo baogao", 0);
        c.searched("环境 保护", 0);
        c.searched("", 0);
        c.pagesPrinted(4);
        clock.advance(Duration.ofHours(2));
        c.sessionStarted();
        c.searched("tudi", 0);

        KioskCounters again = new KioskCounters(file(), clock);
        assertThat(again.days()).containsExactly(
                new KioskCounters.DayStats(LocalDate.of(2026, 3, 2), 2, 1, 5, 4, List.of("gongzuo baogao", "环境 保护"), 4),
                new KioskCounters.DayStats(LocalDate.of(2026, 3, 3), 1, 0, 1, 1, List.of("tudi"), 0));
        assertThat(again.today().day()).isEqualTo(LocalDate.of(2026, 3, 3));
        String text = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("吕政发").doesNotContain("T15:").doesNotContain("2026-03-02T");
        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(KioskCounters.FILE_NAME);
        }
    }

    @Test
    void aDamagedFileIsMovedAsideAndCountingStartsAfresh() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\":1,\"days\":[{\"day\":\"yesterday\"}]}");
        KioskCounters c = new KioskCounters(file(), clock);
        assertThat(c.days()).isEmpty();
        assertThat(c.damagedCopy()).contains(file().resolveSibling(KioskCounters.FILE_NAME + ".damaged"));
        c.sessionStarted();
        assertThat(new KioskCounters(file(), clock).today().sessions()).isEqualTo(1);
    }

    @Test
    void aCountersFileThatCannotBeWrittenSaysWhich() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("blocked"), "a file where a folder should be");
        Path f = dir.resolve("data").resolve("blocked").resolve(KioskCounters.FILE_NAME);
        KioskCounters c = new KioskCounters(f, clock);
        assertThatThrownBy(c::sessionStarted).isInstanceOf(KioskException.class)
                .hasMessageStartingWith("Cannot write the kiosk counters " + f);
    }

    @Test
    void theQuotaIsTheSmallerOfSessionAndDayAndThePageOverItIsRefused() {
        KioskCounters c = new KioskCounters(file(), clock);
        PrintQuota q = new PrintQuota(quotas(true, 5, 12), c);
        assertThat(q.remaining()).isEqualTo(5);
        assertThat(q.take(3)).isTrue();
        assertThat(q.take(2)).isTrue();
        assertThat(q.remaining()).isZero();
        assertThat(q.take(1)).as("the sixth page of a five-page session").isFalse();
        assertThat(c.today().pagesPrinted()).isEqualTo(5);

        q.newSession();
        assertThat(q.take(6)).as("more than a session may print at once").isFalse();
        assertThat(q.take(5)).isTrue();
        q.newSession();
        assertThat(q.remaining()).as("two pages left of the day's twelve").isEqualTo(2);
        assertThat(q.take(3)).isFalse();
        assertThat(c.today().pagesPrinted()).as("refused pages are not counted").isEqualTo(10);
        assertThat(q.take(2)).isTrue();
        assertThat(q.remaining()).isZero();
        assertThat(new KioskCounters(file(), clock).today().pagesPrinted()).isEqualTo(12);
    }

    @Test
    void theDaysQuotaStartsAfreshAtMidnightAndHoldsAcrossRestarts() {
        PrintQuota q = new PrintQuota(quotas(true, 20, 8), new KioskCounters(file(), clock));
        assertThat(q.take(8)).isTrue();
        PrintQuota restarted = new PrintQuota(quotas(true, 20, 8), new KioskCounters(file(), clock));
        assertThat(restarted.remaining()).as("a restart does not refill the day").isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(restarted.remaining()).as("past midnight in the terminal's zone").isEqualTo(8);
    }

    @Test
    void newSettingsMidSessionKeepTheSessionsPrintedPages() {
        KioskCounters c = new KioskCounters(file(), clock);
        PrintQuota q = new PrintQuota(quotas(true, 5, 100), c);
        assertThat(q.take(4)).isTrue();
        PrintQuota changed = q.withSettings(quotas(true, 6, 100));
        assertThat(changed.remaining()).as("six a session now, four of them printed").isEqualTo(2);
        assertThat(q.withSettings(quotas(true, 3, 100)).remaining()).as("lowered below what was printed").isZero();
        assertThat(q.withSettings(quotas(false, 6, 100)).remaining()).isZero();
        changed.newSession();
        assertThat(changed.remaining()).isEqualTo(6);
    }

    @Test
    void aTerminalThatDoesNotPrintHasNoPages() {
        PrintQuota q = new PrintQuota(quotas(false, 20, 500), new KioskCounters(file(), clock));
        assertThat(q.remaining()).isZero();
        assertThat(q.take(1)).isFalse();
        assertThat(q.take(0)).isTrue();
        assertThatThrownBy(() -> q.take(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(file())).isFalse();
    }
}
