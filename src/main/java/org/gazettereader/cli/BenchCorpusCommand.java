// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.ImportException;
import org.gazettereader.library.Libraries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench corpus --out DIR --notices N}: writes issues made from the bundled sample, with the
 * variations of {@link CorpusGenerator} (missing dates, 文号 and issuers, shared 文号, short, long
 * and attachment-only notices, issues without year or issue number), and counts each variation.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchCorpusCommand extends CliCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "bench.corpus.out")
    Path out;

    @Option(names = "--notices", defaultValue = "10000", descriptionKey = "bench.corpus.notices")
    long notices;

    @Option(names = "--seed", defaultValue = "1", descriptionKey = "bench.corpus.seed")
    long seed;

    @Override
    public Integer call() throws IOException, ImportException {
        CorpusGenerator gen = CorpusGenerator.from(Path.of("lvliang-gazette-2023-01.txt"), Libraries.sampleBytes());
        long written = 0;
        int issues = 0;
        int withoutYearOrIssue = 0;
        Map<CorpusGenerator.Variation, Long> variations = new EnumMap<>(CorpusGenerator.Variation.class);
        Files.createDirectories(out);
        while (written < notices) {
            CorpusGenerator.Generated g = gen.issue(seed, issues);
            Files.write(out.resolve(CorpusGenerator.fileName(issues)), g.bytes());
            written += g.notices();
            if (g.year() == null || g.issue() == null) {
                withoutYearOrIssue++;
            }
            g.variations().forEach((v, n) -> variations.merge(v, (long) n, Long::sum));
            issues++;
        }
        PrintWriter w = out();
        w.printf(Locale.ROOT, "wrote %d issues, %d notices to %s%n", issues, written, out);
        w.printf(Locale.ROOT, "issues without year or issue number: %d%n", withoutYearOrIssue);
        for (CorpusGenerator.Variation v : CorpusGenerator.Variation.values()) {
            w.printf(Locale.ROOT, "notices %-18s %d%n", v.name().toLowerCase(Locale.ROOT), variations.getOrDefault(v, 0L));
        }
        return 0;
    }
}
