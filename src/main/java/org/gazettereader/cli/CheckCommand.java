// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import org.gazettereader.library.CheckReport;
import org.gazettereader.library.Library;
import picocli.CommandLine.Command;

/** {@code check}: what recovery mended when the library was opened, and any damage it cannot mend. */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class CheckCommand extends LibraryCommand {
    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        try (Library lib = library.openExisting()) {
            CheckReport r = lib.check();
            out.printf("%s, %s%s, %d in the search index%s%n", CliText.count(r.issues(), "issue"),
                    r.documents() == 0 ? "" : CliText.count(r.documents(), "document") + ", ",
                    CliText.count(r.notices(), "notice"), r.indexed(),
                    lib.readOnly() ? " (read-only library)" : "");
            for (String m : r.recovered()) {
                out.println("recovered: " + m);
            }
            for (String n : r.notes()) {
                out.println("note: " + n);
            }
            for (String d : r.damage()) {
                err.println("damage: " + d);
            }
            out.println(r.ok() ? "ok" : "NOT OK");
            return r.ok() ? 0 : 1;
        }
    }
}
