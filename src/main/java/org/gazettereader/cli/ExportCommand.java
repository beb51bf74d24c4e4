// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.export.ExportRequest;
import org.gazettereader.export.IntoLibraryException;
import org.gazettereader.export.PdfExporter;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibraryFolders;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.SearchHit;
import org.gazettereader.search.SearchRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --pdf OUT (--doc 文号|ID | --issue YEAR/NO | --query Q) [--gazette NAME] [--pages 1-3]}. */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class ExportCommand extends LibraryCommand {
    @Option(names = "--pdf", required = true, paramLabel = "OUT.pdf", descriptionKey = "export.pdf")
    Path pdf;

    /** Exactly one way of choosing the notices. */
    static final class Selection {
        @Option(names = "--doc", paramLabel = "文号|ID", descriptionKey = "export.doc")
        String doc;

        @Option(names = "--issue", paramLabel = "YEAR/NO", descriptionKey = "export.issue")
        String issue;

        @Option(names = "--query", paramLabel = "Q", descriptionKey = "export.query")
        String query;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--limit", defaultValue = "50", descriptionKey = "export.limit")
    int limit;

    @Option(names = "--gazette", paramLabel = "NAME", descriptionKey = "export.gazette")
    String gazette;

    @Option(names = "--pages", paramLabel = "FROM-TO", descriptionKey = "export.pages")
    String pages;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        Integer from = null;
        Integer to = null;
        if (pages != null) {
            var m = java.util.regex.Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?").matcher(pages.strip());
            if (!m.matches()) {
                throw usageError("--pages takes FROM-TO, e.g. 1-3, not '" + pages + "'");
            }
            from = Integer.parseInt(m.group(1));
            to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < 1 || to < from) {
                throw usageError("--pages " + pages + " is not a range of pages");
            }
        }
        if (limit < 1) {
            throw usageError("--limit must be at least 1");
        }
        String unwritable = unwritable(pdf.toAbsolutePath());
        if (unwritable != null) {
            err.println("error: " + CliText.get("export.cannotWrite", pdf, unwritable));
            return 1;
        }
        try (Library lib = library.openExisting()) {
            List<LibraryNotice> notices;
            try {
                notices = choose(lib);
            } catch (IllegalStateException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
            if (from != null && notices.size() != 1) {
                throw usageError("--pages applies to a single notice; the selection holds " + notices.size());
            }
            long t0 = System.nanoTime();
            int n;
            try {
                PdfExporter.Result result = new PdfExporter().export(new ExportRequest(notices, from, to,
                        java.time.LocalDateTime.now()), pdf);
                n = result.pages();
                if (!result.missingCharacters().isEmpty()) {
                    err.println("warning: the font has no glyph for " + result.missingCharacters()
                            + "; these characters are left out of " + pdf);
                }
            } catch (IllegalArgumentException e) {
                err.println("error: " + CliText.describe(e));
                return 1;
            } catch (IOException e) {
                // The exporter writes a temporary file beside the target and removes it on failure;
                // its exception names that file, which the user never asked for.
                err.println("error: " + CliText.get("export.cannotWrite", pdf, reason(e, pdf.toAbsolutePath())));
                return 1;
            }
            out.printf(Locale.ROOT, "wrote %s: %s, %d pages, %d KB in %.1f s%n", pdf, CliText.count(notices.size(), "notice"), n,
                    Files.size(pdf) / 1024, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    /** Why {@code target} cannot be written, when that is clear before any work; else null. */
    private static String unwritable(Path target) {
        Path parent = target.getParent();
        if (parent == null || Files.isDirectory(target)) {
            return CliText.get("export.reason.isFolder");
        }
        if (!Files.exists(parent)) {
            return CliText.get("export.reason.noFolder", parent);
        }
        if (!Files.isDirectory(parent)) {
            return CliText.get("reason.notFolder", parent);
        }
        // Any library folder, whichever library is exported from: a PDF over library.db empties a library.
        Optional<Path> library = LibraryFolders.holding(target);
        if (library.isPresent()) {
            return CliText.get("export.reason.inLibrary", library.get());
        }
        return null;
    }

    /** The reason of a failed write in words, for the file the user named. */
    private static String reason(IOException e, Path target) {
        String before = unwritable(target);
        if (before != null) {
            return before;
        }
        if (e instanceof IntoLibraryException into) {
            return CliText.get("export.reason.inLibrary", into.library());
        }
        if (e instanceof AccessDeniedException) {
            return CliText.get("reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            return CliText.get("reason.noNewFiles", target.getParent());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** One line saying what to do, then each candidate with its id, gazette, year and issue. */
    static String ambiguous(String typed, List<LibraryNotice> found, GazetteNames names) {
        StringBuilder b = new StringBuilder(CliText.get("export.ambiguous", typed));
        for (LibraryNotice n : found) {
            String gazette = names.name(n.gazette(), n.document());
            b.append(System.lineSeparator()).append(n.document() || n.year() == null || n.issue() == null
                    ? CliText.get("export.candidateDocument", n.notice().id(), gazette)
                    : CliText.get("export.candidate", n.notice().id(), gazette, n.year().toString(), n.issue().toString()));
        }
        return b.toString();
    }

    private List<LibraryNotice> choose(Library lib) throws IOException {
        if (selection.doc != null) {
            GazetteNames names = GazetteNames.chinese();
            // --gazette 单篇文件 chooses among single documents.
            List<LibraryNotice> found = lib.find(selection.doc.strip()).stream()
                    .filter(n -> gazette == null || gazette.equals(names.name(n.gazette(), n.document()))).toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no notice " + selection.doc + (gazette == null ? "" : " in " + gazette)
                        + " in the library " + lib.folder());
            }
            if (found.size() > 1) {
                throw new IllegalStateException(ambiguous(selection.doc, found, names));
            }
            return found;
        }
        if (selection.issue != null) {
            var m = java.util.regex.Pattern.compile("(\\d{4})/(\\d{1,3})").matcher(selection.issue.strip());
            if (!m.matches()) {
                throw usageError("--issue takes YEAR/NO, for example 2023/1, not '" + selection.issue + "'");
            }
            int y = Integer.parseInt(m.group(1));
            int no = Integer.parseInt(m.group(2));
            List<IssueSummary> issues = lib.issues().stream().filter(i -> i.year() != null && i.year() == y
                    && i.issue() != null && i.issue() == no && (gazette == null || gazette.equals(i.gazette()))).toList();
            if (issues.isEmpty()) {
                throw new IllegalStateException("no issue " + selection.issue + (gazette == null ? "" : " of " + gazette)
                        + " in the library " + lib.folder());
            }
            if (issues.size() > 1) {
                throw new IllegalStateException("several gazettes have an issue " + selection.issue + "; choose with --gazette: "
                        + issues.stream().map(IssueSummary::gazette).collect(Collectors.joining(", ")));
            }
            return lib.notices(issues.get(0).id());
        }
        SearchRequest r = SearchRequest.builder(selection.query).limit(limit).gazette(gazette).build();
        List<LibraryNotice> out = new ArrayList<>();
        for (SearchHit h : lib.searcher().search(r).hits()) {
            lib.find(h.id()).stream().findFirst().ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no notice matches " + selection.query);
        }
        return out;
    }
}
