// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.ImportException;
import org.gazettereader.library.Libraries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench corpus --out DIR --notices N}: writes issues scaled up from the bundled sample. */
@Command(name = "corpus", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchCorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
        java.nio.file.Files.createDirectories(out);
        while (written < notices) {
            CorpusGenerator.Generated g = gen.issue(seed, issues);
            java.nio.file.Files.write(out.resolve(String.format("issue-%05d.txt", issues)), g.bytes());
            written += g.notices();
            issues++;
        }
        spec.commandLine().getOut().printf("wrote %d issues, %d notices to %s%n", issues, written, out);
        return 0;
    }
}
