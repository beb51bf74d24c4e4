// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench import PATH...}: notices/s and MB/s through the whole pipeline, sizes, peak heap. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchImportCommand extends LibraryCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "import.paths")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        long bytes = 0;
        for (Path p : paths) {
            try (Stream<Path> files = Files.walk(p)) {
                bytes += files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
        }
        HeapMeter.reset();
        long t0 = System.nanoTime();
        try (Library lib = library.open()) {
            long[] lastReport = {System.nanoTime()};
            ImportSummary s = lib.importPaths(paths, (done, total, file) -> {
                if (System.nanoTime() - lastReport[0] > 10_000_000_000L) {
                    out.printf(Locale.ROOT, "  %d/%d files, %.0f s%n", done, total, (System.nanoTime() - t0) / 1e9);
                    out.flush();
                    lastReport[0] = System.nanoTime();
                }
            }, () -> false);
            double secs = (System.nanoTime() - t0) / 1e9;
            double mb = bytes / (1024.0 * 1024.0);
            out.printf(Locale.ROOT, "imported %d files (%d failed, %d duplicates), %d notices in %.1f s%n",
                    s.count(ImportSummary.Outcome.IMPORTED) + s.count(ImportSummary.Outcome.REPLACED),
                    s.count(ImportSummary.Outcome.FAILED), s.count(ImportSummary.Outcome.DUPLICATE), s.notices(), secs);
            out.printf(Locale.ROOT, "throughput: %.0f notices/s, %.2f MB/s (%.1f MB of source)%n", s.notices() / secs,
                    mb / secs, mb);
            out.printf(Locale.ROOT, "database %.1f MB, index %.1f MB, library now %d issues%n",
                    lib.databaseBytes() / 1048576.0, lib.indexBytes() / 1048576.0, lib.issues().size());
            out.printf(Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB)%n", HeapMeter.peakBytes() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            return 0;
        }
    }
}
