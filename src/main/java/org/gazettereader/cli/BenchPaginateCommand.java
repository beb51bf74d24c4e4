// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.ImportException;
import org.gazettereader.importing.TextSourceReader;
import org.gazettereader.model.Notice;
import org.gazettereader.typeset.Align;
import org.gazettereader.typeset.MonospaceMeasurer;
import org.gazettereader.typeset.NoticeLayout;
import org.gazettereader.typeset.Page;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Paragraph;
import org.gazettereader.typeset.TextStyle;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.library.Libraries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bench paginate}: lays out the longest notice of the sample and a synthetic notice of
 * 1,000 paragraphs (taken in turn from the sample) at 18 px on a 1024×768 window's page; median
 * and p95 of {@code --runs} after warm-up. Uses the monospace measurer (the window's JavaFX
 * measurer caches character widths and is measured by the UI benchmark).
 */
@Command(name = "paginate", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchPaginateCommand extends CliCommand {
    @Mixin
    Runs runs = new Runs(30);

    @Override
    public Integer call() throws ImportException {
        PrintWriter out = out();
        Path name = Path.of("lvliang-gazette-2023-01.txt");
        List<Notice> notices = GazetteParser.standard().parse(name,
                new TextSourceReader().read(name, Libraries.sampleBytes())).issue().notices();
        Notice longest = notices.stream().max(Comparator.comparingInt(n -> NoticeLayout.paragraphs(n).stream()
                .mapToInt(p -> p.text().length()).sum())).orElseThrow();
        List<Paragraph> sample = NoticeLayout.paragraphs(longest);
        List<Paragraph> synthetic = new ArrayList<>();
        List<Paragraph> pool = sample.stream().filter(p -> p.style() == TextStyle.BODY && p.text().length() > 20).toList();
        for (int i = 0; i < 1000; i++) {
            Paragraph p = pool.get(i % pool.size());
            synthetic.add(new Paragraph(0, i, p.text(), TextStyle.BODY, Align.LEFT, true, 0, null, null));
        }
        Typesetter t = new Typesetter(new MonospaceMeasurer());
        PageGeometry g = PageGeometry.screen(1024 - 320 - 40, 768 - 180);
        report(out, "longest sample notice (" + longest.docNumber() + ", " + sample.size() + " paragraphs, "
                + sample.stream().mapToInt(p -> p.text().length()).sum() + " characters)", t, sample, g);
        report(out, "synthetic notice (1,000 paragraphs, " + synthetic.stream().mapToInt(p -> p.text().length()).sum()
                + " characters)", t, synthetic, g);
        return 0;
    }

    private void report(PrintWriter out, String what, Typesetter t, List<Paragraph> ps, PageGeometry g) {
        for (int i = 0; i < 10; i++) {
            t.paginate(ps, g, 18);
        }
        Runs.Timed<List<Page>> timed = runs.time(() -> t.paginate(ps, g, 18));
        out.printf(Locale.ROOT, "%s: %d pages, median %.1f ms, p95 %.1f ms%n", what, timed.last().size(),
                timed.median() / 1e6, timed.p95() / 1e6);
    }
}
