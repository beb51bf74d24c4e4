// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.util.concurrent.Callable;
import org.gazettereader.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reindex}: rebuilds the search index from the library database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Override
    public Integer call() {
        try (Library lib = library.openExisting()) {
            long t0 = System.nanoTime();
            int n = lib.rebuildIndex(library.rebuildProgress());
            spec.commandLine().getOut().printf("reindexed %d notices in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
