// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.json.Json;
import java.io.PrintWriter;
import java.util.List;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.ProblemText;
import org.gazettereader.library.Library;
import org.gazettereader.model.IssueSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code list [--library DIR] [--json]}: the issues in the library. */
@Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class ListCommand extends LibraryCommand {
    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Library lib = library.openExisting()) {
            var issues = lib.issues();
            if (json.wanted()) {
                json.print(toJson(issues));
                return 0;
            }
            GazetteNames names = GazetteNames.chinese();
            for (IssueSummary i : issues) {
                if (i.document()) {
                    out.printf("%4d  %s  %s  %d 篇  %s%n", i.id(), names.documents(), ProblemText.oneLine(i.title()), i.notices(),
                            ProblemText.oneLine(i.sourceName()));
                } else {
                    out.printf("%4d  %s  %s年第%s期（总第%s期）  %s  %d 篇  %s%n", i.id(), names.name(i.gazette(), false),
                            unknown(i.year()), unknown(i.issue()), unknown(i.totalIssue()), unknown(i.published()),
                            i.notices(), ProblemText.oneLine(i.sourceName()));
                }
            }
            long documents = issues.stream().filter(IssueSummary::document).count();
            out.printf("%s%s in %s%n", CliText.count(issues.size() - documents, "issue"),
                    documents == 0 ? "" : " and " + CliText.count(documents, "document"), lib.folder());
            return 0;
        }
    }

    static Json toJson(List<IssueSummary> issues) {
        Json arr = Json.array();
        for (IssueSummary i : issues) {
            Json o = arr.addObject();
            o.put("id", i.id());
            o.put("kind", i.document() ? "document" : "issue");
            o.put("gazette", i.gazette());
            IssueJson.numbering(o, i.year(), i.issue(), i.totalIssue(), i.published());
            o.put("notices", i.notices());
            o.put("title", i.title());
            o.put("file", i.sourceName());
            o.put("sha256", i.sha256());
        }
        return arr;
    }

    /** A value the issue lacks prints as "?", never "null". */
    static String unknown(Object v) {
        return v == null ? "?" : v.toString();
    }
}
