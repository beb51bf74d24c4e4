// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gazettereader.config.Problem;

/**
 * {@code backup}: a consistent snapshot of a library in one zip file. SQLite copies the database
 * as of one moment ({@code VACUUM INTO}, which readers and a writer may run beside), then the kept
 * originals that snapshot references are added; they never change once written. The zip is written
 * beside its destination and moved into place at the end, so a cancelled or failed backup leaves
 * nothing behind. Restore: unzip into an empty folder and open it; the index is rebuilt then.
 */
public final class LibraryBackup {
    /** What a backup wrote. */
    public record Result(Path file, int issues, int originals, long bytes, List<String> missing) {
    }

    private final Path folder;
    private final Database db;

    LibraryBackup(Path folder, Database db) {
        this.folder = folder;
        this.db = db;
    }

    Result write(Path out, ImportListener progress, BooleanSupplier cancelled) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new LibraryException(Problem.of("backup.isFolder", target, target.resolve("library-backup.zip")));
        }
        Path dir = target.getParent();
        if (dir.startsWith(folder)) {
            throw new LibraryException(Problem.of("backup.inside", target));
        }
        Path snapshot = dir.resolve("." + target.getFileName() + ".db.tmp");
        Path zip = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new LibraryException(Problem.of("backup.folderDenied", target, dir));
            }
            Files.deleteIfExists(snapshot);
            db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, snapshot.toString());
                    ps.execute();
                }
                return null;
            });
            List<LibraryStore.KeptSource> sources = sources(snapshot);
            List<String> missing = new ArrayList<>();
            int originals = 0;
            try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
                z.putNextEntry(new ZipEntry(Database.FILE_NAME));
                Files.copy(snapshot, z);
                z.closeEntry();
                for (int i = 0; i < sources.size(); i++) {
                    progress.progress(i, sources.size(), null);
                    if (cancelled.getAsBoolean()) {
                        throw new LibraryException(Problem.of("backup.cancelled", target));
                    }
                    LibraryStore.KeptSource kept = sources.get(i);
                    Path p = folder.resolve(kept.path());
                    if (!Files.isRegularFile(p)) {
                        missing.add(kept.name() + " (" + p + ")");
                        continue;
                    }
                    z.putNextEntry(new ZipEntry(kept.path()));
                    Files.copy(p, z);
                    z.closeEntry();
                    originals++;
                }
            }
            Files.move(zip, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.progress(sources.size(), sources.size(), null);
            return new Result(target, sources.size(), originals, Files.size(target), missing);
        } catch (SQLException e) {
            // The copy is written to the backup's folder: a full disk or a refused file there is its problem.
            SqlFailures.Kind kind = SqlFailures.kind(e);
            if (kind == SqlFailures.Kind.DISK_FULL) {
                throw new LibraryException(Problem.of("backup.diskFull", target, dir), e);
            }
            if (kind == SqlFailures.Kind.CANNOT_OPEN || kind == SqlFailures.Kind.READ_ONLY) {
                throw new LibraryException(Problem.of("backup.folderDenied", target, dir), e);
            }
            throw SqlFailures.failure("backUp", db.file(), e);
        } catch (IOException e) {
            throw SqlFailures.io("writeBackup", target, e);
        } finally {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                deleteQuietly(snapshot.resolveSibling(snapshot.getFileName() + suffix));
            }
            deleteQuietly(zip);
        }
    }

    /** The kept originals the snapshot references (not the live library's: it may have moved on). */
    private static List<LibraryStore.KeptSource> sources(Path snapshot) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + snapshot)) {
            return LibraryStore.sources(c);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file; the failure that matters has been reported
        }
    }
}
