// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.json.Json;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazettereader.config.DataHome;
import org.gazettereader.kiosk.KioskConfig;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.KioskException;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.kiosk.PinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kiosk set-pin | show-config | stats}: what an administrator does for a public terminal from a shell. */
@Command(name = "kiosk", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli",
        subcommands = {KioskCommand.SetPin.class, KioskCommand.ShowConfig.class, KioskCommand.Stats.class})
public final class KioskCommand {

    /** {@code kiosk set-pin --config FILE}: asks for the PIN twice and writes its salted hash into the file. */
    @Command(name = "set-pin", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
    static final class SetPin extends CliCommand {
        @Option(names = "--config", required = true, paramLabel = "FILE", descriptionKey = "kiosk.setPin.config")
        Path config;

        @Option(names = "--iterations", paramLabel = "N", descriptionKey = "kiosk.setPin.iterations")
        int iterations = PinHash.DEFAULT_ITERATIONS;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = err();
            if (iterations < PinHash.MIN_ITERATIONS || iterations > PinHash.MAX_ITERATIONS) {
                throw usageError(CliText.get("kiosk.setPin.iterationsRange", Integer.toString(PinHash.MIN_ITERATIONS),
                        Integer.toString(PinHash.MAX_ITERATIONS)));
            }
            if (Files.isDirectory(config)) {
                err.println("error: " + CliText.get("kiosk.setPin.isFolder", config));
                return 1;
            }
            PinReader reader = PinReader.open(err);
            char[] first = reader.read(CliText.get("kiosk.setPin.prompt"));
            char[] second = null;
            try {
                if (first == null) {
                    err.println("error: " + CliText.get("kiosk.setPin.none"));
                    return 1;
                }
                if (!PinHash.isValidPin(first)) {
                    err.println("error: " + CliText.get("kiosk.setPin.invalid", Integer.toString(PinHash.MIN_PIN_DIGITS),
                            Integer.toString(PinHash.MAX_PIN_DIGITS)));
                    return 1;
                }
                second = reader.read(CliText.get("kiosk.setPin.again"));
                if (second == null || !Arrays.equals(first, second)) {
                    err.println("error: " + CliText.get("kiosk.setPin.mismatch"));
                    return 1;
                }
                String hash = PinHash.create(first, iterations).encoded();
                KioskConfig.setValue(config, KioskConfig.ADMIN_PIN_HASH, hash);
                out().println(CliText.get("kiosk.setPin.done", config.toAbsolutePath(), KioskConfig.ADMIN_PIN_HASH));
                return 0;
            } catch (KioskException e) {
                err.println("error: " + e.getMessage());
                return 1;
            } finally {
                wipe(first);
                wipe(second);
            }
        }

        private static void wipe(char[] a) {
            if (a != null) {
                Arrays.fill(a, '\0');
            }
        }
    }

    /**
     * Reads a PIN from the terminal without echo, or, when there is no terminal (a script, a test),
     * one line of standard input per PIN.
     */
    private record PinReader(Console console, BufferedReader lines, PrintWriter err) {
        static PinReader open(PrintWriter err) {
            Console c = System.console();
            if (c != null && isTerminal(c)) {
                return new PinReader(c, null, err);
            }
            return new PinReader(null, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), err);
        }

        /** Java 22 and later give a console even without a terminal; ask it then. */
        private static boolean isTerminal(Console c) {
            try {
                return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }

        char[] read(String prompt) throws IOException {
            if (console != null) {
                return console.readPassword("%s", prompt);
            }
            err.print(prompt);
            err.flush();
            String line = lines.readLine();
            err.println();
            return line == null ? null : line.strip().toCharArray();
        }
    }

    /** {@code kiosk show-config [--kiosk-config FILE]}: the settings a kiosk would start with here. */
    @Command(name = "show-config", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
    static final class ShowConfig extends CliCommand {
        @Option(names = "--kiosk-config", paramLabel = "FILE", descriptionKey = "kioskConfig")
        Path config;

        @Override
        public Integer call() {
            Path system = KioskConfig.systemFile();
            KioskConfig.Loaded loaded;
            try {
                loaded = KioskConfig.resolve(Optional.ofNullable(config), false, system);
            } catch (KioskException e) {
                err().println("error: " + e.getMessage());
                return 1;
            }
            PrintWriter o = out();
            o.println(loaded.file().map(f -> CliText.get("kiosk.show.file", f))
                    .orElse(CliText.get("kiosk.show.none", system)));
            KioskSettings s = loaded.settings();
            DataHome home = DataHome.resolve();
            for (Map.Entry<String, String> e : KioskConfig.describe(s).entrySet()) {
                String value = e.getValue();
                if (value.isEmpty()) {
                    value = switch (e.getKey()) {
                        case KioskConfig.LIBRARY -> CliText.get("kiosk.show.defaultLibrary", home.defaultLibrary());
                        case KioskConfig.LANGUAGE -> CliText.get("kiosk.show.systemLanguage");
                        case KioskConfig.THEME -> CliText.get("kiosk.show.defaultTheme");
                        case KioskConfig.ADMIN_PIN_HASH -> CliText.get("kiosk.show.noPin");
                        default -> CliText.get("kiosk.show.unset");
                    };
                } else if (e.getKey().equals(KioskConfig.ADMIN_PIN_HASH)) {
                    value = CliText.get("kiosk.show.pinSet");
                }
                o.println(e.getKey() + " = " + value);
            }
            o.println(CliText.get("kiosk.show.counters", home.kioskCounters()));
            return 0;
        }
    }

    /** {@code kiosk stats [--json]}: the terminal's counters per day, from the data folder. */
    @Command(name = "stats", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
    static final class Stats extends CliCommand {
        @Mixin
        JsonOption json;

        @Override
        public Integer call() throws IOException {
            Path file = DataHome.resolve().kioskCounters();
            List<KioskCounters.DayStats> days;
            try {
                KioskCounters counters = new KioskCounters(file, Clock.systemDefaultZone());
                counters.damagedCopy().ifPresent(d -> err().println("warning: " + CliText.get("kiosk.stats.damaged", file, d)));
                days = counters.days();
            } catch (KioskException e) {
                err().println("error: " + e.getMessage());
                return 1;
            }
            if (json.wanted()) {
                Json root = Json.object();
                root.put("file", file.toString());
                Json list = root.putArray("days");
                for (KioskCounters.DayStats d : days) {
                    Json n = list.addObject();
                    n.put("day", JsonWriter.date(d.day()));
                    n.put("sessions", d.sessions());
                    n.put("noticesOpened", d.noticesOpened());
                    n.put("searches", d.searches());
                    n.put("searchesWithoutHits", d.searchesWithoutHits());
                    Json q = n.putArray("queriesWithoutHits");
                    d.queriesWithoutHits().forEach(q::add);
                    n.put("pagesPrinted", d.pagesPrinted());
                }
                json.print(root);
                return 0;
            }
            PrintWriter o = out();
            if (days.isEmpty()) {
                o.println(CliText.get("kiosk.stats.none", file));
                return 0;
            }
            for (KioskCounters.DayStats d : days) {
                o.println(CliText.get("kiosk.stats.day", d.day().toString(), Integer.toString(d.sessions()),
                        Integer.toString(d.noticesOpened()), Integer.toString(d.searches()),
                        Integer.toString(d.searchesWithoutHits()), Integer.toString(d.pagesPrinted())));
                if (!d.queriesWithoutHits().isEmpty()) {
                    o.println(CliText.get("kiosk.stats.queries", String.join(" | ", d.queriesWithoutHits())));
                }
            }
            return 0;
        }
    }
}
