// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench startup}: starts the reader window {@code --runs} times in fresh JVMs and reports
 * the time from starting the process to a usable window (library open, tree filled), by the
 * wall clock: the JVM's own start (mapping the class-data archive included) counts. Needs a display
 * (under Linux without one: {@code xvfb-run -a java -jar … bench startup}).
 *
 * <p>The runs use this JVM's runtime, class path and launcher options (module exports, class-data
 * sharing), so that started by an installed launcher ({@code bin/gazette-reader bench startup}) it
 * measures the installed image. {@code --compare-archive} runs the same number with the launcher's
 * class-data-sharing archive, then without any ({@code -Xshare:off}: the runtime made for the app
 * has no archive of its own).
 */
@Command(name = "startup", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchStartupCommand extends LibraryCommand {
    private static final String ARCHIVE = "-XX:SharedArchiveFile=";

    @Mixin
    Runs runs = new Runs(5);

    @Option(names = "--compare-archive", descriptionKey = "bench.startup.compareArchive")
    boolean compareArchive;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        List<String> inherited = launcherOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
        Map<String, List<String>> configurations = new LinkedHashMap<>();
        if (!compareArchive) {
            configurations.put("", inherited);
        } else {
            List<String> without = new ArrayList<>(inherited.stream()
                    .filter(o -> !o.startsWith(ARCHIVE) && !o.startsWith("-Xshare")).toList());
            without.add("-Xshare:off");
            if (inherited.stream().anyMatch(o -> o.startsWith(ARCHIVE))) {
                configurations.put("with the CDS archive", inherited);
            } else {
                out.println("this JVM uses no CDS archive (" + ARCHIVE + "…): start it from an installed image");
            }
            configurations.put("without (-Xshare:off)", without);
        }
        for (Map.Entry<String, List<String>> c : configurations.entrySet()) {
            String label = c.getKey().isEmpty() ? "" : c.getKey() + ": ";
            long[] ms = new long[runs.count()];
            for (int i = 0; i < runs.count(); i++) {
                Start run = startOnce(c.getValue());
                ms[i] = run.fromProcess();
                out.printf(Locale.ROOT, "%srun %d: %d ms (%d ms of them after the JVM had started)%n", label, i + 1,
                        run.fromProcess(), run.fromJvm());
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "%sstart-up to a usable window: median %d ms, min %d ms, max %d ms over %d runs%n",
                    label, ms[runs.count() / 2], ms[0], ms[runs.count() - 1], runs.count());
        }
        return 0;
    }

    /**
     * The options a launcher gave this JVM that the measured runs need too: module exports and opens,
     * class-data sharing (and where its archive is mapped), the compilers' thresholds, the young generation's floor and
     * huge pages, the native library that spares the window a second JVM, where SQLite's native library lies, the jpackage version property. Not agents, heap sizes or debug options.
     */
    static List<String> launcherOptions(List<String> jvmArguments) {
        return jvmArguments.stream().filter(a -> a.startsWith("--add-exports") || a.startsWith("--add-opens")
                || a.startsWith(ARCHIVE) || a.startsWith("-Xshare:") || a.startsWith("-XX:Tier")
                || a.startsWith("-XX:NewSize=") || a.equals("-XX:+UseTransparentHugePages")
                || a.equals("-XX:+UnlockDiagnosticVMOptions") || a.startsWith("-XX:ArchiveRelocationMode=")
                || a.startsWith("-Dgazette.envLibrary=") || a.startsWith("-Dorg.sqlite.lib.path=") || a.startsWith("-Dorg.sqlite.tmpdir=")
                || a.startsWith("-Djpackage.app-version=")).toList();
    }

    /** One start: from starting the process to a usable window, and from the JVM's own start (as the window tells it) to then. */
    record Start(long fromProcess, long fromJvm) {
    }

    private Start startOnce(List<String> options) throws IOException, InterruptedException {
        Path report = Files.createTempFile("gazette-startup", ".txt");
        Files.delete(report);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-Dgazette.startupReport=" + report, "-Dgazette.exitAfterStartup=true",
                "-cp", System.getProperty("java.class.path"), "org.gazettereader.app.Main"));
        if (library.library != null) {
            cmd.add("--library=" + library.library.toAbsolutePath());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long started = System.currentTimeMillis();
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the window did not start within 60 s");
        }
        if (!Files.exists(report)) {
            throw new IllegalStateException("the window did not start (exit code " + p.exitValue()
                    + "); it needs a display: run under xvfb-run on a machine without one");
        }
        // When the window was usable, in milliseconds since the epoch; then how long after the JVM had started.
        List<String> lines = Files.readString(report, StandardCharsets.UTF_8).strip().lines().toList();
        Files.delete(report);
        return new Start(Long.parseLong(lines.get(0)) - started, Long.parseLong(lines.get(1)));
    }
}
