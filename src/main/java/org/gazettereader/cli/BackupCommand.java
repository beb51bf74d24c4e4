// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibraryBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup [--library DIR] --out FILE}: a consistent snapshot of the library with its originals, as a zip. */
@Command(name = "backup", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BackupCommand extends LibraryCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "backup.out")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = out();
        PrintWriter err = err();
        try (Library lib = library.openExisting()) {
            LibraryBackup.Result r = lib.backup(out, (done, total, file) -> {
                if (total > 0 && (done == total || done % 50 == 0)) {
                    o.printf("[%d/%d] originals%n", done, total);
                }
            }, () -> false);
            for (String m : r.missing()) {
                err.println("missing original (not in the backup): " + m);
            }
            o.printf("backed up %d issues (%d originals, %.1f MB) to %s%n", r.issues(), r.originals(),
                    r.bytes() / 1048576.0, r.file());
            o.println("restore: unzip it into an empty folder and open that folder with --library");
            return r.missing().isEmpty() ? 0 : 1;
        }
    }
}
