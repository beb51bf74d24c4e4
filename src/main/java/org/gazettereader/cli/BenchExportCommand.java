// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gazettereader.export.ExportRequest;
import org.gazettereader.export.PdfExporter;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.ImportException;
import org.gazettereader.importing.TextSourceReader;
import org.gazettereader.model.Issue;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.gazettereader.library.Libraries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bench export}: all 15 notices of the sample to one PDF, after warm-up; time and file size. */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchExportCommand extends CliCommand {
    @Mixin
    Runs runs = new Runs(5);

    @Override
    public Integer call() throws ImportException, IOException {
        PrintWriter out = out();
        Path name = Path.of("lvliang-gazette-2023-01.txt");
        Issue issue = GazetteParser.standard().parse(name, new TextSourceReader().read(name, Libraries.sampleBytes())).issue();
        List<LibraryNotice> notices = new ArrayList<>();
        for (Notice n : issue.notices()) {
            notices.add(new LibraryNotice(0, issue.gazette(), issue.year(), issue.issue(), n));
        }
        PdfExporter exporter = new PdfExporter();
        ExportRequest r = ExportRequest.of(notices);
        exporter.export(r, new ByteArrayOutputStream());
        exporter.export(r, new ByteArrayOutputStream());
        Runs.Timed<Written> timed = runs.time(() -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            return new Written(exporter.export(r, b).pages(), b.size());
        });
        out.printf(Locale.ROOT, "export of %d notices: %d pages, %.0f KB, median %.2f s, max %.2f s over %d runs%n",
                notices.size(), timed.last().pages(), timed.last().bytes() / 1024.0, timed.median() / 1e9,
                timed.max() / 1e9, runs.count());
        return 0;
    }

    /** What one run wrote. */
    private record Written(int pages, int bytes) {
    }
}
