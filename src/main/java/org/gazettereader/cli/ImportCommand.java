// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import [--library DIR] [--again] PATH...}: files and folders, one transaction per issue. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class ImportCommand extends LibraryCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "import.paths")
    List<Path> paths;

    @Option(names = "--again", descriptionKey = "import.again")
    boolean again;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        try (Library lib = library.open()) {
            ImportSummary s = lib.importPaths(paths, new ImportListener() {
                @Override
                public void progress(int done, int total, Path file) {
                    if (file != null) {
                        out.printf("[%d/%d] %s%n", done + 1, total, oneLine(file));
                    }
                }

                @Override
                public void pages(Path file, int done, int total) {
                    if (total >= 500 && (done % 250 == 0 || done == total)) {
                        err.printf("  %s: page %d of %d%n", oneLine(file.getFileName()), done, total);
                        err.flush();
                    }
                }

                @Override
                public void finished(ImportSummary.FileOutcome f) {
                    // Each outcome as it happens: after a kill or Ctrl+C the report so far is on the screen.
                    PrintWriter w = f.outcome() == ImportSummary.Outcome.FAILED ? err : out;
                    w.printf("%s: %s: %s%n", f.outcome().name().toLowerCase(java.util.Locale.ROOT), oneLine(f.file()),
                            oneLine(CliText.problem(f.problem())));
                    w.flush();
                }
            }, () -> false, again);
            out.printf("imported %d, replaced %d, duplicates %d, failed %d; %s%n",
                    s.count(ImportSummary.Outcome.IMPORTED), s.count(ImportSummary.Outcome.REPLACED),
                    s.count(ImportSummary.Outcome.DUPLICATE), s.count(ImportSummary.Outcome.FAILED), CliText.count(s.notices(), "notice"));
            if (s.stop() != null) {
                err.println("stopped: " + CliText.problem(s.stop()));
            }
            return s.count(ImportSummary.Outcome.FAILED) > 0 || s.stop() != null ? 1 : 0;
        }
    }

    /**
     * A file name or message on one line, harmless to a terminal: control characters (a newline, an
     * escape sequence that would recolour the administrator's terminal) shown as escapes.
     */
    static String oneLine(Object o) {
        return org.gazettereader.config.ProblemText.oneLine(String.valueOf(o));
    }
}
