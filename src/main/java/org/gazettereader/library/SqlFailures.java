// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.gazettereader.config.Problem;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite and the file system report into one line a person can act on: which file,
 * what is wrong, and what to do. A damaged database names the recovery that works.
 */
final class SqlFailures {
    private SqlFailures() {
    }

    /** Why a database or file operation failed, in the words a person reads. */
    enum Kind { DAMAGED, DISK_FULL, READ_ONLY, BUSY, CANNOT_OPEN, OTHER }

    static Kind kind(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        String name = code == null ? "" : code.name();
        String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (name.startsWith("SQLITE_CORRUPT") || name.equals("SQLITE_NOTADB") || msg.contains("malformed")
                || msg.contains("not a database")) {
            return Kind.DAMAGED;
        }
        if (name.equals("SQLITE_FULL") || msg.contains("disk is full") || msg.contains("no space")) {
            return Kind.DISK_FULL;
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return Kind.READ_ONLY;
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return Kind.BUSY;
        }
        if (name.startsWith("SQLITE_CANTOPEN")) {
            return Kind.CANNOT_OPEN;
        }
        return Kind.OTHER;
    }

    /** The advice for a damaged library database. */
    static Problem damageAdvice(Path dbFile) {
        return Problem.of("library.damageAdvice", dbFile.getParent().resolve(Library.SOURCES));
    }

    /**
     * A failure of {@code action} (open, read, write …: a key under {@code library.action.}) on the
     * library database {@code dbFile}.
     */
    static LibraryException failure(String action, Path dbFile, SQLException e) {
        return failure(Problem.of("library.action." + action), dbFile, e);
    }

    /** A failure of {@code action} on the library database {@code dbFile}. */
    static LibraryException failure(Problem action, Path dbFile, SQLException e) {
        Kind kind = kind(e);
        Problem p = switch (kind) {
            case DAMAGED -> Problem.of("library.damaged", dbFile, said(e), damageAdvice(dbFile));
            case DISK_FULL -> Problem.of("library.diskFull", dbFile.getParent());
            case READ_ONLY -> Problem.of("library.readOnlyDb", dbFile.getParent(), said(e));
            case BUSY -> Problem.of("library.busy", dbFile.getParent());
            case CANNOT_OPEN -> Problem.of("library.cannotOpen", dbFile, said(e));
            case OTHER -> Problem.of("library.failed", action, dbFile, said(e));
        };
        return new LibraryException(p, e, kind == Kind.DAMAGED);
    }

    /** What SQLite said, in one line and without its result code. */
    static String said(SQLException e) {
        String m = String.valueOf(e.getMessage()).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        int paren = m.indexOf(" (");
        if (paren > 0 && m.endsWith(")") && m.substring(paren + 2, m.length() - 1).equalsIgnoreCase(m.substring(0, paren))) {
            m = m.substring(0, paren);
        }
        return oneLine(m);
    }

    /** Several problems SQLite reported, as one line: the first few and how many more. */
    static String firstFew(java.util.List<String> problems) {
        int shown = Math.min(3, problems.size());
        String head = String.join("; ", problems.subList(0, shown));
        return oneLine(problems.size() > shown ? head + "; and " + (problems.size() - shown) + " more" : head);
    }

    /** Control characters (a newline in a file name) shown as escapes, so that a message stays one line. */
    static String oneLine(String s) {
        return org.gazettereader.config.ProblemText.oneLine(s);
    }

    /** The reason an I/O operation failed, naming disk-full and permission problems plainly. */
    static Problem reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (diskFull(e)) {
            return Problem.of("io.diskFull");
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of("io.denied");
        }
        if (e instanceof NotDirectoryException || m.contains("Not a directory")
                || e instanceof java.nio.file.FileAlreadyExistsException) {
            return Problem.of("io.fileForFolder");
        }
        if (e instanceof NoSuchFileException) {
            return Problem.of("io.missing");
        }
        if (m.contains("Read-only file system")) {
            return Problem.of("io.readOnly");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return Problem.of("io.other", f.getReason());
        }
        return Problem.of("io.other", e instanceof FileSystemException ? e.getClass().getSimpleName().replace("Exception", "")
                : oneLine(m));
    }

    /** Whether {@code e} says that the disk is full. */
    static boolean diskFull(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("No space left") || m.contains("not enough space") || m.contains("disk full");
    }

    /** A failure of a file operation on {@code path} during {@code action}. */
    static LibraryException io(String action, Path path, IOException e) {
        return new LibraryException(Problem.of("io.failed", Problem.of("io.action." + action), path, reason(e)), e);
    }
}
