// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import org.gazettereader.config.Problem;
import org.gazettereader.model.IssueSummary;

/**
 * The library's own copies of imported files under {@code sources/}, named by their SHA-256.
 * Every copy is journaled before it is written, so an import that dies half-way leaves nothing
 * the library cannot tell from a user's file.
 */
final class KeptCopies {
    private final Path folder;
    private final Database db;
    private final SourceJournal journal;

    KeptCopies(Path folder, Database db, SourceJournal journal) {
        this.folder = folder;
        this.db = db;
        this.journal = journal;
    }

    /** Writes the kept copy under its journal entry; false when it is already there. */
    boolean keep(String rel, byte[] bytes) throws SQLException, IOException {
        Path target = folder.resolve(rel);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return false;
        }
        journal.begin(rel);
        try {
            write(target, bytes);
        } catch (IOException e) {
            journal.abandon(rel);
            throw e;
        }
        return true;
    }

    /** For a file already in the library: writes its kept copy again if it is missing or damaged; says so (else null). */
    Problem restore(IssueSummary same, byte[] bytes) throws SQLException, IOException {
        String rel = db.read(c -> LibraryStore.sourcePath(c, same.id()));
        Path p = folder.resolve(rel);
        if (Files.isRegularFile(p) && Files.size(p) == bytes.length && sha256(Files.readAllBytes(p)).equals(same.sha256())) {
            return null;
        }
        journal.begin(rel);
        write(p, bytes);
        db.transaction(c -> {
            SourceJournal.remove(c, rel);
            return null;
        });
        return Problem.of("import.keptRestored", rel);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = SourceJournal.temporary(target);
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
