// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gazettereader.config.Problem;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.ImportException;
import org.gazettereader.importing.PdfSourceReader;
import org.gazettereader.importing.ParseResult;
import org.gazettereader.importing.SourceFiles;
import org.gazettereader.importing.TextSourceReader;
import org.gazettereader.model.Issue;

/**
 * Reads, hashes and parses the next files of a batch on a thread of its own while the importer
 * stores the current one. Files whose hash the library already holds are not parsed (they are
 * duplicates unless the caller asks again).
 */
final class FileReadAhead implements AutoCloseable {
    /**
     * A file as read: its bytes and hash, and its parse ({@code document}: the parser found a single
     * document, not a gazette issue), or why it could not be read or parsed.
     */
    record Read(Path file, byte[] bytes, String sha, Issue issue, boolean document, ImportException failure,
                RuntimeException fault) {
        boolean parsed() {
            return issue != null || failure != null || fault != null;
        }
    }

    private static final int AHEAD = 2;

    private final List<Path> files;
    private final Set<String> known;
    private final boolean parseKnown;
    private final SourceFiles sources;
    private volatile Path reading;
    private final GazetteParser parser = GazetteParser.standard();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-read");
        t.setDaemon(true);
        return t;
    });
    private final Future<?>[] queued;

    /**
     * {@code known}: hashes already in the library; {@code parseKnown}: parse those too (import
     * again); {@code listener} hears the pages of long PDFs, and reading stops at the next page once
     * {@code cancelled}.
     */
    FileReadAhead(List<Path> files, Set<String> known, boolean parseKnown, ImportListener listener,
            BooleanSupplier cancelled) {
        this.files = files;
        this.sources = new SourceFiles(new TextSourceReader(), new PdfSourceReader(new PdfSourceReader.Progress() {
            @Override
            public void page(int done, int total) {
                listener.pages(reading, done, total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        }));
        this.known = known;
        this.parseKnown = parseKnown;
        this.queued = new Future<?>[files.size()];
        for (int i = 0; i < Math.min(AHEAD + 1, files.size()); i++) {
            queue(i);
        }
    }

    private void queue(int i) {
        Path file = files.get(i);
        queued[i] = thread.submit(() -> read(file));
    }

    Path file(int i) {
        return files.get(i);
    }

    /** The {@code i}th file, read; call with i = 0, 1, 2 … in turn. */
    Read get(int i) throws ImportException {
        if (i + AHEAD < files.size() && queued[i + AHEAD] == null) {
            queue(i + AHEAD);
        }
        Future<?> f = queued[i];
        queued[i] = null;
        try {
            return (Read) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(files.get(i), Problem.of("import.interrupted"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw ie;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Parses, on the caller's thread, a file that was read without parsing (its hash was known,
     * but its issue is gone since, or the caller imports it again).
     */
    static Read parse(Read r) {
        return r.parsed() || r.bytes() == null ? r
                : parse(GazetteParser.standard(), SourceFiles.standard(), r.file(), r.bytes(), r.sha());
    }

    private Read read(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            return new Read(file, null, null, null, false, null, null);
        }
        reading = file;
        byte[] bytes = SourceFiles.readBytes(file);
        String sha = KeptCopies.sha256(bytes);
        if (!parseKnown && known.contains(sha)) {
            return new Read(file, bytes, sha, null, false, null, null);
        }
        return parse(parser, sources, file, bytes, sha);
    }

    private static Read parse(GazetteParser parser, SourceFiles sources, Path file, byte[] bytes, String sha) {
        try {
            ParseResult parsed = parser.parse(file, sources.read(file, bytes));
            return new Read(file, bytes, sha, parsed.issue(), parsed.isDocument(), null, null);
        } catch (ImportException e) {
            return new Read(file, bytes, sha, null, false, e, null);
        } catch (RuntimeException e) {
            return new Read(file, bytes, sha, null, false, null, e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
