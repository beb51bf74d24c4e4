// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bench startup}: starts the reader window {@code --runs} times in fresh JVMs and reports
 * the time from JVM start to a usable window (library open, tree filled). Needs a display
 * (under Linux without one: {@code xvfb-run -a java -jar … bench startup}).
 */
@Command(name = "startup", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchStartupCommand extends LibraryCommand {
    @Mixin
    Runs runs = new Runs(5);

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        long[] ms = new long[runs.count()];
        for (int i = 0; i < runs.count(); i++) {
            Path report = Files.createTempFile("gazette-startup", ".txt");
            Files.delete(report);
            List<String> cmd = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dgazette.startupReport=" + report, "-Dgazette.exitAfterStartup=true",
                    "-cp", System.getProperty("java.class.path"), "org.gazettereader.app.Main"));
            if (library.library != null) {
                cmd.add("--library=" + library.library.toAbsolutePath());
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the window did not start within 60 s");
            }
            if (!Files.exists(report)) {
                throw new IllegalStateException("the window did not start (exit code " + p.exitValue()
                        + "); it needs a display: run under xvfb-run on a machine without one");
            }
            ms[i] = Long.parseLong(Files.readString(report, StandardCharsets.UTF_8).strip());
            Files.delete(report);
            out.printf(Locale.ROOT, "run %d: %d ms%n", i + 1, ms[i]);
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "start-up to a usable window: median %d ms, min %d ms, max %d ms over %d runs%n",
                ms[runs.count() / 2], ms[0], ms[runs.count() - 1], runs.count());
        return 0;
    }
}
