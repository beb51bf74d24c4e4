// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gazettereader.bundle.BundleInstaller;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.bundle.BundleListener;
import org.gazettereader.bundle.BundleWriter;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibrarySwap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench bundle [--library DIR] [--work DIR]}: creates a signed bundle of the library, installs
 * it into a new folder, then over that library (the swap), and prints the times and the bundle size.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchBundleCommand extends LibraryCommand {
    @Option(names = "--work", paramLabel = "DIR", descriptionKey = "bench.bundle.work")
    Path work;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("gazette-bench-bundle");
        Path bundle = dir.resolve("bench.gzb");
        Path target = dir.resolve("installed");
        try {
            BundleKeys.SigningKey key = BundleKeys.generate(dir.resolve("bench-key"));
            long libBytes;
            long t0 = System.nanoTime();
            BundleWriter.Created c;
            try (Library lib = library.openExisting()) {
                libBytes = lib.databaseBytes() + lib.indexBytes();
                c = BundleWriter.create(lib, bundle, new BundleWriter.Options(null, null, true, Optional.of(key)),
                        BundleListener.NONE, () -> false);
            }
            double create = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            BundleInstaller.install(bundle, target, Optional.of(key.publicKey()), BundleListener.NONE);
            double installNew = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            BundleInstaller.install(bundle, target, Optional.of(key.publicKey()), BundleListener.NONE);
            double installOver = (System.nanoTime() - t2) / 1e9;
            out.printf(Locale.ROOT, "library: %d issues, %d notices, database + index %.1f MB, originals %.1f MB%n",
                    c.manifest().issues().size(), c.manifest().notices(), libBytes / 1048576.0,
                    c.manifest().entries().stream().filter(e -> e.name().startsWith("library/sources/"))
                            .mapToLong(e -> e.size()).sum() / 1048576.0);
            out.printf(Locale.ROOT, "bundle: %.1f MB (%.1f MB unpacked, %d entries), signed%n", c.bytes() / 1048576.0,
                    c.manifest().bytes() / 1048576.0, c.manifest().entries().size());
            out.printf(Locale.ROOT, "create %.1f s (snapshot, index built from it, pack)%n", create);
            out.printf(Locale.ROOT, "install into a new folder %.1f s, over an existing library %.1f s (verify, unpack, check, swap)%n",
                    installNew, installOver);
            return 0;
        } finally {
            if (work == null) {
                LibrarySwap.deleteTree(dir);
            }
        }
    }
}
