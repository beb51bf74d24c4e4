// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazettereader.config.DataHome;
import org.gazettereader.kiosk.KioskConfig;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.PinGate;
import org.gazettereader.kiosk.PinHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kiosk set-pin | show-config | stats} and the root's {@code --kiosk} and {@code --kiosk-config}. */
class KioskCommandTest extends CliRun {
    private final InputStream stdin = System.in;

    @Override
    Locale locale() {
        return Locale.ENGLISH;
    }

    @BeforeEach
    void noSystemConfiguration() {
        System.setProperty(KioskConfig.SYSTEM_FILE_PROPERTY, dir.resolve("etc").resolve("kiosk.properties").toString());
    }

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.clearProperty(KioskConfig.SYSTEM_FILE_PROPERTY);
    }

    /** Runs {@code kiosk set-pin} with {@code lines} on standard input, at iterations fast enough for a test. */
    private int setPin(String lines, Path config) {
        System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        return run("kiosk", "set-pin", "--config", config.toString(), "--iterations", "1000");
    }

    @Test
    void setPinWritesASaltedHashAndKeepsTheOtherLines() throws Exception {
        Path config = Files.write(dir.resolve("kiosk.properties"),
                List.of("# 阅览室 2 号机", "kiosk=true", "terminal.name=吕梁市档案馆 2 号机"), StandardCharsets.UTF_8);
        assertThat(setPin("730519\n730519\n", config)).isZero();
        assertThat(out()).isEqualTo("PIN set: admin.pin.hash written to " + config + "\n");
        assertThat(err()).doesNotContain("730519");
        List<String> lines = Files.readAllLines(config, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4).startsWith("# 阅览室 2 号机", "kiosk=true", "terminal.name=吕梁市档案馆 2 号机");
        assertThat(Files.readString(config)).doesNotContain("730519");
        String stored = lines.get(3).substring("admin.pin.hash=".length());
        assertThat(PinHash.parse(stored)).get().satisfies(h -> assertThat(h.iterations()).isEqualTo(1000));
        PinGate gate = new PinGate(KioskConfig.load(config).adminPinHash(), Clock.systemUTC());
        assertThat(gate.attempt("730519".toCharArray()).outcome()).isEqualTo(PinGate.Outcome.OPENED);

        assertThat(setPin("2468\n2468\n", config)).isZero();
        lines = Files.readAllLines(config, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4).filteredOn(l -> l.startsWith("admin.pin.hash")).hasSize(1);
        assertThat(lines.get(3)).isNotEqualTo("admin.pin.hash=" + stored);
    }

    @Test
    void setPinRefusesAMismatchOrAShortPinAndWritesNothing() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.properties"), "kiosk=true\n");
        assertThat(setPin("1234\n1243\n", config)).isEqualTo(1);
        assertThat(err()).endsWith("error: the two PINs differ; nothing was written\n");
        assertThat(setPin("123\n123\n", config)).isEqualTo(1);
        assertThat(err()).endsWith("error: a PIN is 4 to 12 digits (0-9), nothing else\n");
        assertThat(setPin("12ab\n12ab\n", config)).isEqualTo(1);
        assertThat(setPin("", config)).isEqualTo(1);
        assertThat(err()).endsWith("error: no PIN given\n");
        assertThat(Files.readString(config)).isEqualTo("kiosk=true\n");
        Path missing = dir.resolve("new").resolve("kiosk.properties");
        assertThat(setPin("98765\n98765\n", missing)).isZero();
        assertThat(KioskConfig.load(missing).adminPinHash()).isPresent();
    }

    @Test
    void setPinUsesTheRecommendedIterationsUnlessToldOtherwise() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        assertThat(run("kiosk", "set-pin", "--config", config.toString(), "--iterations", "10")).isEqualTo(2);
        assertThat(err()).startsWith("--iterations must be from 1000 to 10000000");
        assertThat(run("kiosk", "set-pin", "--help")).isZero();
        assertThat(out()).contains("default 210000");
        assertThat(config).doesNotExist();
    }

    @Test
    void showConfigPrintsTheEffectiveSettings() throws Exception {
        assertThat(run("kiosk", "show-config")).isZero();
        assertThat(out()).startsWith("# no kiosk configuration at " + dir.resolve("etc").resolve("kiosk.properties"))
                .contains("kiosk = false\n")
                .contains("library = (the default library, " + dir.resolve("home").resolve("library") + ")\n")
                .contains("idle.seconds = 120\n").contains("pdf.save.allowed = false\n")
                .contains("admin.pin.hash = (not set: the administrator's panel cannot be opened)\n")
                .contains("# counters: " + dir.resolve("home").resolve(DataHome.KIOSK_COUNTERS));
        Path config = Files.write(dir.resolve("k.properties"), List.of("kiosk=true", "idle.seconds=90", "theme=dark",
                "admin.pin.hash=" + PinHash.create("2468".toCharArray(), 1000).encoded()));
        assertThat(run("kiosk", "show-config", "--kiosk-config", config.toString())).isZero();
        assertThat(out()).startsWith("# kiosk configuration: " + config).contains("kiosk = true\n")
                .contains("idle.seconds = 90\n").contains("theme = dark\n").contains("admin.pin.hash = (set)\n")
                .doesNotContain("pbkdf2");
        Files.writeString(config, "idle.seconds=soon\n");
        assertThat(run("kiosk", "show-config", "--kiosk-config", config.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: The kiosk configuration " + config
                + " has a bad value for idle.seconds: \"soon\" (write a whole number from 1 to 86400)\n");
    }

    @Test
    void statsPrintTheCountersAsTextAndJson() throws Exception {
        assertThat(run("kiosk", "stats")).isZero();
        assertThat(out()).startsWith("no kiosk counters yet");
        KioskCounters c = new KioskCounters(dir.resolve("home").resolve(DataHome.KIOSK_COUNTERS),
                Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        c.sessionStarted();
        c.noticeOpened();
        c.searched("环境保护", 2);
        c.searched("tudi zhengshou", 0);
        c.pagesPrinted(3);
        assertThat(run("kiosk", "stats")).isZero();
        assertThat(out()).isEqualTo("2026-03-02  sessions 1  notices opened 1  searches 2 (1 without hits)  pages printed 3\n"
                + "  without hits: tudi zhengshou\n");
        assertThat(run("kiosk", "stats", "--json")).isZero();
        JsonNode day = new ObjectMapper().readTree(out()).get("days").get(0);
        assertThat(day.get("day").asText()).isEqualTo("2026-03-02");
        assertThat(day.get("sessions").asInt()).isEqualTo(1);
        assertThat(day.get("noticesOpened").asInt()).isEqualTo(1);
        assertThat(day.get("searches").asInt()).isEqualTo(2);
        assertThat(day.get("searchesWithoutHits").asInt()).isEqualTo(1);
        assertThat(day.get("queriesWithoutHits").get(0).asText()).isEqualTo("tudi zhengshou");
        assertThat(day.get("pagesPrinted").asInt()).isEqualTo(3);
    }

    @Test
    void damagedCountersAreMovedAsideWithAWarning() throws Exception {
        Path file = Files.createDirectories(dir.resolve("home")).resolve(DataHome.KIOSK_COUNTERS);
        Files.writeString(file, "{ half written");
        assertThat(run("kiosk", "stats")).isZero();
        assertThat(err()).isEqualTo("warning: the counters " + file + " could not be read and were moved to " + file
                + ".damaged; counting starts afresh\n");
        assertThat(out()).startsWith("no kiosk counters yet");
        assertThat(file.resolveSibling(DataHome.KIOSK_COUNTERS + ".damaged")).hasContent("{ half written");
    }

    private final List<WindowRequest> launched = new ArrayList<>();

    private int launch(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(launched::add).run(o, e, args);
        lastError = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String lastError;

    @Test
    void theRootOptionsReachTheWindowAsNamedParameters() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.properties"), "idle.seconds=60\n");
        Path lib = dir.resolve("lib");
        assertThat(launch("--kiosk", "--kiosk-config", config.toString(), "--library", lib.toString())).isZero();
        assertThat(launched).containsExactly(new WindowRequest(lib, true, Optional.of(config), Optional.empty()));
        assertThat(launched.get(0).parameters()).containsExactly("--library=" + lib.toAbsolutePath(), "--kiosk=true",
                "--kiosk-config=" + config.toAbsolutePath());
        launched.clear();
        assertThat(launch()).isZero();
        assertThat(launched.get(0).parameters()).isEmpty();
    }

    @Test
    void aBadKioskConfigurationStopsBeforeTheWindowOpens() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.properties"), "print.allowed=maybe\n");
        assertThat(launch("--kiosk-config", config.toString())).isEqualTo(1);
        assertThat(lastError).isEqualTo("error: The kiosk configuration " + config
                + " has a bad value for print.allowed: \"maybe\" (write true or false)\n");
        assertThat(launch("--kiosk", "--kiosk-config", dir.resolve("none.properties").toString())).isEqualTo(1);
        assertThat(lastError).isEqualTo("error: There is no kiosk configuration " + dir.resolve("none.properties") + "\n");
        assertThat(launched).isEmpty();
    }
}
