// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.json.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.Problem;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.ImportException;
import org.gazettereader.importing.ParseResult;
import org.gazettereader.importing.SourceFiles;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parse FILE [--json]}: parses a gazette file and prints the issue, without touching any library. */
@Command(name = "parse", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class ParseCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "parse.file")
    Path file;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        PrintWriter out = out();
        ParseResult result;
        try {
            result = GazetteParser.standard().parse(file, SourceFiles.standard().read(file));
        } catch (ImportException e) {
            err().println("error: " + CliText.problem(Problem.of("import.refused", file, e.problem())));
            return 1;
        }
        Issue issue = result.issue();
        if (json.wanted()) {
            json.print(IssueJson.toJson(result));
            return 0;
        }
        if (result.isDocument()) {
            Notice d = issue.notices().get(0);
            out.printf("%s  发文机关 %s  成文日期 %s%n", GazetteNames.chinese().documents(), ListCommand.unknown(d.issuer()),
                    ListCommand.unknown(d.signed()));
        } else {
            out.printf("%s  %s年第%s期（总第%s期）  出版日期 %s%n", GazetteNames.chinese().name(issue.gazette(), false),
                    ListCommand.unknown(issue.year()), ListCommand.unknown(issue.issue()),
                    ListCommand.unknown(issue.totalIssue()), ListCommand.unknown(issue.published()));
        }
        if (issue.publisher() != null) {
            out.printf("主办单位：%s%n", issue.publisher());
        }
        if (!result.isDocument()) {
            out.printf("栏目：%s%n", String.join("、", issue.sections()));
        }
        out.printf("公文 %d 篇：%n", issue.notices().size());
        for (Notice n : issue.notices()) {
            // A document has no contents page to give a start page.
            String page = result.isDocument() ? "" : "  第" + (n.tocPage() == null ? "?" : n.tocPage()) + "页";
            out.printf("%3d. %s  %s  %s%s  附件%d%n", n.seq(), n.docNumber() == null ? "（无文号）" : n.docNumber(),
                    n.title(), n.signed() == null ? "日期不详" : n.signed(), page, n.attachments().size());
        }
        // Each repair pass by name with how often it acted, the busiest first; 无 when none did.
        String repairs = result.repairs().counts().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、"));
        out.printf("修复：%s%n", repairs.isEmpty() ? "无" : repairs);
        for (String w : issue.warnings()) {
            out.println("warning: " + w);
        }
        return 0;
    }
}
