// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench export}: all 15 notices of the sample to one PDF, after warm-up; time and file size. */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "bench.parse.runs")
    int runs;

    @Override
    public Integer call() throws ImportException, IOException {
        PrintWriter out = spec.commandLine().getOut();
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
        long[] nanos = new long[runs];
        int size = 0;
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            pages = exporter.export(r, b).pages();
            nanos[i] = System.nanoTime() - t0;
            size = b.size();
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "export of %d notices: %d pages, %.0f KB, median %.2f s, max %.2f s over %d runs%n",
                notices.size(), pages, size / 1024.0, nanos[runs / 2] / 1e9, nanos[runs - 1] / 1e9, runs);
        return 0;
    }
}
