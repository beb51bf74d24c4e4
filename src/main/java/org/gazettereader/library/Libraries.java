// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazettereader.config.DataHome;

/**
 * Opens the library a command or the window asks for: the given folder, or the default library in
 * the data folder, which is created on first start with the bundled sample issue imported.
 */
public final class Libraries {
    public static final String SAMPLE_RESOURCE = "/assets/samples/lvliang-gazette-2023-01.txt";

    private final DataHome home;

    public Libraries(DataHome home) {
        this.home = home;
    }

    public Path resolve(Path explicit) {
        return explicit != null ? explicit.toAbsolutePath() : home.defaultLibrary();
    }

    public Library open(Path explicit) {
        return open(explicit, ImportListener.NONE);
    }

    /** As {@link #open(Path)}, reporting the progress of an index rebuild when one is needed. */
    public Library open(Path explicit, ImportListener rebuild) {
        return open(explicit, rebuild, true);
    }

    /**
     * Opens a library for commands that only read: an explicit folder must hold a library (none is
     * created); the default library is still created with the sample on first start.
     */
    public Library openExisting(Path explicit) {
        return openExisting(explicit, ImportListener.NONE);
    }

    /** As {@link #openExisting(Path)}, reporting the progress of an index rebuild when one is needed. */
    public Library openExisting(Path explicit, ImportListener rebuild) {
        return open(explicit, rebuild, false);
    }

    /**
     * Opens the given library, or the default one, for reading only (a public terminal): nothing
     * is created, migrated or written in its folder; a folder without a library is refused.
     */
    public Library openReadOnly(Path explicit) {
        return Library.openReadOnly(resolve(explicit));
    }

    /**
     * The default library is given the sample whenever it holds no issue, not only when its folder is
     * new: a first start killed (or stopped by a full disk) after the database was made and before the
     * sample was in left it empty for good. Nothing in the reader removes an issue, so an empty
     * default library is one whose sample never arrived.
     */
    private Library open(Path explicit, ImportListener rebuild, boolean create) {
        Path folder = resolve(explicit);
        Library library = explicit != null && !create ? Library.openExisting(folder, rebuild) : Library.open(folder, rebuild);
        if (explicit == null && !library.readOnly() && library.isEmpty()) {
            seedSample(library);
        }
        return library;
    }

    /** The bundled sample issue, as shipped in {@code assets/samples/}. */
    public static byte[] sampleBytes() {
        try (InputStream in = Libraries.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled sample issue missing from the class path: " + SAMPLE_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled sample issue: " + e.getMessage(), e);
        }
    }

    /** Imports the bundled sample issue into an empty library. */
    public static ImportSummary seedSample(Library library) {
        try {
            Path dir = Files.createTempDirectory("gazette-sample");
            Path file = dir.resolve("lvliang-gazette-2023-01.txt");
            try {
                Files.write(file, sampleBytes());
                return library.importPaths(List.of(file), ImportListener.NONE, () -> false);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import the bundled sample issue: " + e.getMessage(), e);
        }
    }
}
