// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gazettereader.config.AppVersion;
import org.gazettereader.config.Problem;
import org.gazettereader.library.Database;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibraryException;
import org.gazettereader.library.LibrarySnapshot;
import org.gazettereader.library.LibrarySwap;
import org.gazettereader.search.Fields;

/**
 * {@code bundle create}: one {@code .gzb} file (a zip) that carries a prepared library to another
 * machine. The database is copied as of one moment while readers and a writer go on ({@code VACUUM
 * INTO}); the copy is prepared to travel (no bookmarks or reading positions, only the filtered
 * issues) and its search index is built from it, so the two always agree whatever a writer
 * committed meanwhile (another process's Lucene commit cannot be pinned from here, and a filtered
 * bundle needs its own index anyway). The kept originals it references are added (they never
 * change once written; each is checked against its hash), then {@code manifest.json} with every
 * entry's SHA-256, signed when a key is given. Everything is written beside the destination and
 * moved into place at the end: a cancelled or failed create leaves nothing behind.
 */
public final class BundleWriter {
    /** What to put in the bundle. {@code gazette} and {@code year} (null: all) keep only the matching issues. */
    public record Options(String gazette, Integer year, boolean originals, Optional<BundleKeys.SigningKey> key) {
        public static Options all() {
            return new Options(null, null, true, Optional.empty());
        }
    }

    /** What was written. */
    public record Created(Path file, Manifest manifest, long bytes) {
    }

    private BundleWriter() {
    }

    /** Writes the bundle of {@code library} to {@code out}; see the class comment. */
    public static Created create(Library library, Path out, Options options, BundleListener listener, BooleanSupplier cancelled) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = library.folder();
        if (Files.isDirectory(target)) {
            throw new BundleException("Cannot write the bundle to " + target + ": it is a folder; give a file name such as "
                    + target.resolve("library.gzb"));
        }
        if (target.startsWith(folder)) {
            throw new BundleException("Cannot write the bundle to " + target + ": it lies inside the library it carries",
                    Problem.of("bundle.insideLibrary", target, folder));
        }
        Path dir = target.getParent();
        Path build = dir.resolve("." + target.getFileName() + ".build");
        Path zip = dir.resolve("." + target.getFileName() + ".tmp");
        String cancelMessage = "Bundle cancelled: nothing was written to " + target;
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new BundleException("Cannot write the bundle to " + target + ": the folder " + dir + " cannot be written");
            }
            LibrarySwap.deleteTree(build);
            Files.createDirectories(build);
            listener.progress(BundleListener.Phase.SNAPSHOT, 0, 1);
            library.snapshotDatabase(build.resolve(Database.FILE_NAME));
            LibrarySnapshot.Contents contents = LibrarySnapshot.prepare(build.resolve(Database.FILE_NAME), options.gazette(),
                    options.year(), options.originals());
            listener.progress(BundleListener.Phase.SNAPSHOT, 1, 1);
            if (contents.issues().isEmpty() && (options.gazette() != null || options.year() != null)) {
                throw new BundleException("No issue in " + folder + " matches" + (options.gazette() == null ? ""
                        : " --gazette " + options.gazette()) + (options.year() == null ? "" : " --year " + options.year())
                        + ": nothing was written (list shows the gazettes and years the library holds)");
            }
            cancelIf(cancelled, cancelMessage);
            buildIndex(build, listener, cancelled, cancelMessage);
            List<Source> files = files(build, folder, contents, options.originals());
            long total = files.stream().mapToLong(Source::size).sum();
            Copying copying = new Copying(listener, BundleListener.Phase.PACK, total, cancelled, cancelMessage);
            List<Manifest.Entry> entries = new ArrayList<>();
            try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
                // Fast compression: the text compresses well at any level, and a large library must not take an hour.
                z.setLevel(Deflater.BEST_SPEED);
                for (Source f : files) {
                    z.putNextEntry(new ZipEntry(f.name()));
                    long[] size = {0};
                    String sha;
                    try (InputStream in = Files.newInputStream(f.path())) {
                        sha = copying.copy(in, z, size);
                    }
                    z.closeEntry();
                    if (f.sha256() != null && !f.sha256().equals(sha)) {
                        throw new BundleException("The kept original " + f.path() + " does not match its SHA-256 in the "
                                + "library: run check on " + folder + " (nothing was written)");
                    }
                    entries.add(new Manifest.Entry(f.name(), size[0], sha));
                }
                copying.finish();
                String signer = options.key().map(BundleKeys.SigningKey::publicLine).orElse(null);
                Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        AppVersion.get(), contents.schema(), Fields.INDEX_VERSION, contents.libraryVersion(), options.gazette(),
                        options.year(), options.originals(), signer, contents.issues(), entries);
                byte[] json = manifest.toJson();
                z.putNextEntry(new ZipEntry(Manifest.NAME));
                z.write(json);
                z.closeEntry();
                if (options.key().isPresent()) {
                    byte[] sig = BundleKeys.sign(options.key().get().privateKey(), json);
                    z.putNextEntry(new ZipEntry(Manifest.SIGNATURE));
                    z.write((Base64.getEncoder().encodeToString(sig) + "\n").getBytes(StandardCharsets.US_ASCII));
                    z.closeEntry();
                }
                z.finish();
                os.flush();
                cancelIf(cancelled, cancelMessage);
                z.close();
                Files.move(zip, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Created(target, manifest, Files.size(target));
            }
        } catch (IOException e) {
            throw new BundleException("Cannot write the bundle to " + target + ": " + reason(e) + " (nothing was written)", e);
        } catch (LibraryException e) {
            throw new BundleException("Cannot write the bundle to " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                LibrarySwap.deleteTree(build);
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                // temporary files beside the destination; the failure that matters has been reported
            }
        }
    }

    /** A file to put in the bundle: where it is, its name there, its size and (for originals) its known hash. */
    private record Source(Path path, String name, long size, String sha256) {
    }

    /** Builds the copy's search index by opening it as a library (its recovery builds a missing index). */
    private static void buildIndex(Path build, BundleListener listener, BooleanSupplier cancelled, String cancelMessage) {
        ImportListener progress = (done, total, file) -> {
            if (cancelled.getAsBoolean()) {
                throw new BundleException(cancelMessage, Problem.of("bundle.cancelled"));
            }
            listener.progress(BundleListener.Phase.INDEX, done, total);
        };
        try (Library copy = Library.open(build, progress)) {
            if (copy.searcher() == null) {
                throw new BundleException("The search index of the bundle could not be built in " + build);
            }
        }
    }

    private static List<Source> files(Path build, Path library, LibrarySnapshot.Contents contents, boolean originals)
            throws IOException {
        List<Source> out = new ArrayList<>();
        Path db = build.resolve(Database.FILE_NAME);
        out.add(new Source(db, Manifest.LIBRARY + Database.FILE_NAME, Files.size(db), null));
        Path index = build.resolve("index");
        List<Path> indexFiles = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(index)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals("write.lock")) {
                    indexFiles.add(p);
                }
            }
        }
        indexFiles.sort(null);
        for (Path p : indexFiles) {
            out.add(new Source(p, Manifest.LIBRARY + "index/" + p.getFileName(), Files.size(p), null));
        }
        if (originals) {
            for (LibrarySnapshot.Entry e : contents.issues()) {
                Path p = library.resolve(e.sourcePath()).normalize();
                if (!p.startsWith(library) || !Files.isRegularFile(p)) {
                    throw new BundleException("The kept original of " + e.sourceName() + " (" + p + ") is missing: run check "
                            + "on " + library + ", or leave the originals out with --no-originals (nothing was written)");
                }
                out.add(new Source(p, Manifest.LIBRARY + e.sourcePath(), Files.size(p), e.sha256()));
            }
        }
        return out;
    }

    private static void cancelIf(BooleanSupplier cancelled, String message) {
        if (cancelled.getAsBoolean()) {
            throw new BundleException(message, Problem.of("bundle.cancelled"));
        }
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        if (m != null && m.contains("No space left")) {
            return "the disk is full";
        }
        return e instanceof java.nio.file.NoSuchFileException ? m + " does not exist"
                : e instanceof java.nio.file.AccessDeniedException ? m + ": permission denied" : String.valueOf(m);
    }
}
