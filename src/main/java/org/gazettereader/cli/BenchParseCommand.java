// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.ImportException;
import org.gazettereader.importing.ParseResult;
import org.gazettereader.importing.RepairReport;
import org.gazettereader.importing.SourceFiles;
import org.gazettereader.importing.SourceLine;
import org.gazettereader.importing.TextSourceReader;
import org.gazettereader.library.Libraries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench parse [FILE]}: parse time of one issue after warm-up (median and p95 of N runs) and
 * throughput in MB/s on the issue repeated {@code --scale} times in one file; also the repair counts.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchParseCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "bench.parse.file")
    Path file;

    @Mixin
    Runs runs = new Runs(50);

    @Option(names = "--scale", defaultValue = "100", descriptionKey = "bench.parse.scale")
    int scale;

    @Override
    public Integer call() throws ImportException {
        PrintWriter out = out();
        Path name = file != null ? file : Path.of("lvliang-gazette-2023-01.txt");
        byte[] bytes = file != null ? SourceFiles.readBytes(file) : Libraries.sampleBytes();
        GazetteParser parser = GazetteParser.standard();
        SourceFiles files = SourceFiles.standard();

        for (int i = 0; i < 10; i++) {
            parser.parse(name, files.read(name, bytes));
        }
        Runs.Timed<ParseResult> timed = runs.time(() -> parser.parse(name, files.read(name, bytes)));
        ParseResult last = timed.last();
        out.printf(Locale.ROOT, "parse %s (%d bytes, %d notices): median %.1f ms, p95 %.1f ms, min %.1f ms over %d runs%n",
                name.getFileName(), bytes.length, last.issue().notices().size(), timed.median() / 1e6,
                timed.p95() / 1e6, timed.min() / 1e6, runs.count());

        String text = new String(bytes, StandardCharsets.UTF_8);
        String big = text.repeat(scale);
        List<SourceLine> lines = TextSourceReader.lines(big);
        long t0 = System.nanoTime();
        ParseResult scaled = parser.parse(name, lines);
        double secs = (System.nanoTime() - t0) / 1e9;
        double mb = big.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        out.printf(Locale.ROOT, "parse %d× concatenation (%.1f MB, %d lines): %.2f s, %.1f MB/s%n", scale, mb,
                lines.size(), secs, mb / secs);

        RepairReport.Counts counts = RepairReport.measure(last);
        out.printf(Locale.ROOT, "open paragraphs (end without closing punctuation, next goes on): before repair %d, after %d%n",
                counts.before(), counts.after());
        counts.remaining().forEach(o -> out.printf("  notice %d: …%s ⏎ %s…%n", o.notice(), o.end(), o.next()));
        out.printf("repairs by pass: %s%n", last.repairs().counts());
        return 0;
    }
}
