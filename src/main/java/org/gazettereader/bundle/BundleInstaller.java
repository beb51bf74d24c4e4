// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gazettereader.config.Problem;
import org.gazettereader.library.CheckReport;
import org.gazettereader.library.Database;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibraryException;
import org.gazettereader.library.LibrarySnapshot;
import org.gazettereader.library.LibrarySwap;

/**
 * {@code bundle install}: verifies a bundle before anything is touched, then either puts its
 * library in the place of the one in the folder ({@link LibrarySwap}: unpacked and checked beside
 * it, swapped in by renames, so that a kill at any moment leaves the old library or the new one), or,
 * with {@code merge}, imports its kept originals into the library in the folder through the
 * importer (one transaction per issue; files already there by hash are skipped; bookmarks stay).
 */
public final class BundleInstaller {
    /** How to install: {@code merge} adds to the library instead of replacing it; {@code keepPrevious} keeps the replaced one. */
    public record Options(boolean merge, boolean keepPrevious) {
        public static Options replace() {
            return new Options(false, false);
        }
    }

    /**
     * What an install did. Replacing: {@code added} is every issue of the bundle and {@code
     * previousKept} the old library's folder when it was kept. Merging: issues added (or replacing
     * an issue of the same gazette, year and number), skipped as already there, and failed with why.
     */
    public record Installed(Path library, Manifest manifest, boolean merged, boolean trusted, int added, int duplicates,
            List<String> failed, Path previousKept) {
    }

    private BundleInstaller() {
    }

    /** Replaces the library in {@code library} by the bundle's (the API the window and the kiosk call). */
    public static Installed install(Path bundle, Path library, Optional<PublicKey> trust, BundleListener listener) {
        return install(bundle, library, trust, Options.replace(), listener, () -> false);
    }

    /** Installs {@code bundle} into the library folder {@code library}; see the class comment. */
    public static Installed install(Path bundle, Path library, Optional<PublicKey> trust, Options options,
            BundleListener listener, BooleanSupplier cancelled) {
        BundleVerifier.Verified v = BundleVerifier.verify(bundle, trust, listener, cancelled);
        Manifest m = v.manifest();
        if (m.librarySchema() > Database.schemaVersion()) {
            throw new BundleException("The bundle " + v.file() + " holds a library of schema " + m.librarySchema()
                    + ", written by a newer Gazette Reader (this version knows " + Database.schemaVersion()
                    + "): update the reader on this machine first (nothing was changed)", Problem.of("bundle.newer", v.file()));
        }
        LibrarySwap.crashPoint("install-verified");
        try {
            return options.merge() ? merge(v, library, listener, cancelled) : replace(v, library, options, listener, cancelled);
        } catch (LibraryException e) {
            throw new BundleException("Cannot install " + v.file() + " into " + library.toAbsolutePath().normalize() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Installed replace(BundleVerifier.Verified v, Path library, Options options, BundleListener listener,
            BooleanSupplier cancelled) {
        Manifest m = v.manifest();
        try (LibrarySwap.Session session = LibrarySwap.begin(library)) {
            LibrarySwap.crashPoint("install-locked");
            Path incoming = session.incoming();
            unpack(v, m.entries(), e -> incoming.resolve(e.name().substring(Manifest.LIBRARY.length())), listener, cancelled);
            LibrarySwap.crashPoint("install-unpacked");
            listener.progress(BundleListener.Phase.CHECK, 0, 1);
            try (Library staged = Library.openExisting(incoming, ImportListener.NONE)) {
                CheckReport r = staged.check();
                if (!r.ok()) {
                    throw new BundleException("The library in the bundle " + v.file() + " does not pass its check ("
                            + r.damage().get(0) + "): nothing was changed");
                }
                if (r.issues() + r.documents() != m.issues().size() || r.notices() != m.notices()) {
                    throw new BundleException(String.format(Locale.ROOT, "The library in the bundle %s holds %d issues and "
                            + "%d notices, its manifest says %d and %d: nothing was changed", v.file(), r.issues() + r.documents(),
                            r.notices(), m.issues().size(), m.notices()));
                }
            }
            listener.progress(BundleListener.Phase.CHECK, 1, 1);
            LibrarySwap.crashPoint("install-checked");
            if (cancelled.getAsBoolean()) {
                throw new BundleException("Install of " + v.file() + " cancelled: nothing was changed", Problem.of("bundle.cancelled"));
            }
            listener.progress(BundleListener.Phase.SWAP, 0, 1);
            LibrarySwap.Result r = session.commit(options.keepPrevious());
            listener.progress(BundleListener.Phase.SWAP, 1, 1);
            return new Installed(r.folder(), m, false, v.trusted(), m.issues().size(), 0, List.of(), r.previousKept());
        } catch (IOException e) {
            throw new BundleException("Cannot install " + v.file() + " into " + library.toAbsolutePath().normalize() + ": "
                    + BundleWriter.reason(e) + " (nothing was changed)", e);
        }
    }

    private static Installed merge(BundleVerifier.Verified v, Path library, BundleListener listener, BooleanSupplier cancelled) {
        Manifest m = v.manifest();
        if (!m.originals()) {
            throw new BundleException("The bundle " + v.file() + " was made without the kept originals (--no-originals), "
                    + "and --merge imports them: install it without --merge (it replaces the library), or create the bundle "
                    + "with its originals");
        }
        Path folder = library.toAbsolutePath().normalize();
        Path staging = folder.resolveSibling(folder.getFileName() + ".merge");
        try {
            LibrarySwap.deleteTree(staging);
            Files.createDirectories(staging);
            List<Manifest.Entry> originals = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (LibrarySnapshot.Entry issue : m.issues()) {
                String name = Manifest.LIBRARY + issue.sourcePath();
                Manifest.Entry e = m.entries().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(
                        () -> new BundleException("The bundle " + v.file() + ": the original of " + issue.sourceName()
                                + " (entry " + name + ") is missing"));
                originals.add(e);
                files.add(staging.resolve(issue.sha256()).resolve(fileName(issue)));
            }
            unpack(v, originals, e -> files.get(originals.indexOf(e)), listener, cancelled);
            try (Library lib = Library.open(folder)) {
                ImportSummary s = lib.importPaths(files, new ImportListener() {
                    @Override
                    public void progress(int done, int total, Path file) {
                        listener.progress(BundleListener.Phase.MERGE, done, total);
                    }
                }, cancelled);
                List<String> failed = new ArrayList<>();
                for (ImportSummary.FileOutcome o : s.files()) {
                    if (o.outcome() == ImportSummary.Outcome.FAILED) {
                        failed.add(o.file().getFileName() + ": " + o.message());
                    }
                }
                if (s.stopReason() != null) {
                    failed.add(s.stopReason());
                }
                if (s.cancelled()) {
                    failed.add("cancelled: the issues merged so far stay; install again to merge the rest");
                }
                int added = (int) (s.count(ImportSummary.Outcome.IMPORTED) + s.count(ImportSummary.Outcome.REPLACED));
                return new Installed(folder, m, true, v.trusted(), added, (int) s.count(ImportSummary.Outcome.DUPLICATE), failed, null);
            }
        } catch (IOException e) {
            throw new BundleException("Cannot merge " + v.file() + " into " + folder + ": " + BundleWriter.reason(e), e);
        } finally {
            try {
                LibrarySwap.deleteTree(staging);
            } catch (IOException e) {
                // the next merge removes it
            }
        }
    }

    /** The name the original was imported under (the library keeps it), safe as a file name here. */
    private static String fileName(LibrarySnapshot.Entry issue) {
        String ext = issue.sourcePath().toLowerCase(Locale.ROOT).endsWith(".pdf") ? ".pdf" : ".txt";
        String name = issue.sourceName() == null ? "" : issue.sourceName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = issue.sha256() + name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".pdf") ? name : name + ext;
    }

    /** Where an entry is unpacked to. */
    private interface Target {
        Path of(Manifest.Entry e) throws IOException;
    }

    /** Unpacks {@code entries}, hashing them again as they are written (the file may have changed since it was verified). */
    private static void unpack(BundleVerifier.Verified v, List<Manifest.Entry> entries, Target target, BundleListener listener,
            BooleanSupplier cancelled) throws IOException {
        long total = entries.stream().mapToLong(Manifest.Entry::size).sum();
        Copying copying = new Copying(listener, BundleListener.Phase.UNPACK, total, cancelled,
                "Install of " + v.file() + " cancelled: nothing was changed");
        try (ZipFile zip = new ZipFile(v.file().toFile(), StandardCharsets.UTF_8)) {
            int n = 0;
            for (Manifest.Entry e : entries) {
                ZipEntry z = zip.getEntry(e.name());
                if (z == null) {
                    throw new BundleException("The bundle " + v.file() + ": entry " + e.name() + " is missing (the file changed "
                            + "while it was installed)");
                }
                Path to = target.of(e);
                Files.createDirectories(to.getParent());
                long[] size = {0};
                String sha;
                try (InputStream in = zip.getInputStream(z); OutputStream out = Files.newOutputStream(to)) {
                    sha = copying.copy(in, out, size);
                }
                BundleVerifier.check(v.file(), e, sha, size[0]);
                if (++n == 2) {
                    LibrarySwap.crashPoint("install-unpacking");
                }
            }
        }
        copying.finish();
    }
}
