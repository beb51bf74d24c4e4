// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.library.Library;
import picocli.CommandLine.Command;

/** {@code reindex}: rebuilds the search index from the library database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class ReindexCommand extends LibraryCommand {
    @Override
    public Integer call() {
        try (Library lib = library.openExisting()) {
            long t0 = System.nanoTime();
            int n = lib.rebuildIndex(library.rebuildProgress());
            out().printf("reindexed %s in %.1f s%n", CliText.count(n, "notice"), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
