// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazettereader.config.Problem;
import org.gazettereader.search.NoticeIndex;

/**
 * Opens a library folder: refuses what is not one with a message that says what to give instead,
 * never takes an emptied database for a new library, opens read-only what cannot be written, and
 * recovers what an earlier process left half-done.
 */
final class LibraryOpener {
    private LibraryOpener() {
    }

    static Library open(Path folder, boolean create, boolean readOnly, ImportListener rebuild) {
        Path f = folder.toAbsolutePath().normalize();
        if (Files.exists(f) && !Files.isDirectory(f)) {
            throw new LibraryException(Problem.of("library.isFile", f, Database.FILE_NAME));
        }
        LibrarySwap.Recovery swap;
        try {
            swap = LibrarySwap.recover(f);
        } catch (IOException e) {
            throw SqlFailures.io("completeInstall", f, e);
        }
        Path dbFile = f.resolve(Database.FILE_NAME);
        if (Files.isDirectory(dbFile)) {
            throw new LibraryException(Problem.of("library.dbIsFolder", dbFile));
        }
        boolean exists = Files.isRegularFile(dbFile);
        if (exists && emptyBesideItsFiles(f)) {
            // SQLite would take a 0-byte file for a new database and the library would start again empty.
            throw new LibraryException(Problem.of("library.emptyDb", dbFile, SqlFailures.damageAdvice(dbFile)), null, true);
        }
        if (!exists && (!create || readOnly)) {
            throw new LibraryException(Problem.of("library.none", f, Database.FILE_NAME));
        }
        boolean writable = !readOnly && (!exists ? canCreateIn(f) : Files.isWritable(f)
                && Files.isWritable(f.resolve(Database.FILE_NAME)));
        if (!exists && !writable) {
            throw new LibraryException(Problem.of("library.cannotCreate", f));
        }
        Database db = Database.open(f, !writable, rebuild);
        NoticeIndex index;
        try {
            index = NoticeIndex.open(f.resolve(Library.INDEX));
        } catch (java.io.UncheckedIOException e) {
            db.close();
            throw new LibraryException(Problem.of("index.cannotOpen", f.resolve(Library.INDEX),
                    SqlFailures.reason(e.getCause())), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Library library = new Library(f, db, index);
        try {
            library.recover(rebuild);
            if (swap != null) {
                library.mended(swap.note());
                swap.finish();
            }
        } catch (IOException e) {
            library.close();
            throw SqlFailures.io("removePrevious", f, e);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        return library;
    }

    private static boolean emptyBesideItsFiles(Path folder) {
        try {
            return Files.size(folder.resolve(Database.FILE_NAME)) == 0
                    && (Files.exists(folder.resolve(Library.SOURCES)) || Files.exists(folder.resolve(Library.INDEX)));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canCreateIn(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.isDirectory(p) && Files.isWritable(p);
    }
}
