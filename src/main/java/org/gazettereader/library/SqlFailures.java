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
    static String damageAdvice(Path dbFile) {
        Path folder = dbFile.getParent();
        return "restore your last backup (unzip the file written by `backup` into an empty folder and open that "
                + "folder), or build a new library from the kept originals: import --library NEW_FOLDER "
                + folder.resolve(Library.SOURCES);
    }

    /** A failure of {@code action} (open, read, write …) on the library database {@code dbFile}. */
    static LibraryException failure(String action, Path dbFile, SQLException e) {
        Kind kind = kind(e);
        String m = switch (kind) {
            case DAMAGED -> "The library database " + dbFile + " is damaged (" + said(e) + "). Nothing was "
                    + "written to it. To recover, " + damageAdvice(dbFile);
            case DISK_FULL -> "The disk holding " + dbFile.getParent() + " is full: free some space and try again "
                    + "(nothing was half-written; the library is as it was before this change)";
            case READ_ONLY -> "The library " + dbFile.getParent() + " is read-only (" + said(e)
                    + "): it can be read, not changed";
            case BUSY -> "The library " + dbFile.getParent() + " is busy (another program held it for more than "
                    + "10 s): try again";
            case CANNOT_OPEN -> "Cannot open the library database " + dbFile + " (" + said(e)
                    + "): check that the folder exists and may be read";
            case OTHER -> "Cannot " + action + " the library " + dbFile + ": " + said(e);
        };
        return new LibraryException(m, e, kind == Kind.DAMAGED);
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
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(cp)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** The reason an I/O operation failed, naming disk-full and permission problems plainly. */
    static String reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("disk full")) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException || m.contains("Not a directory")) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (m.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof FileSystemException ? e.getClass().getSimpleName().replace("Exception", "") : oneLine(m);
    }

    /** A failure of a file operation on {@code path} during {@code action}. */
    static LibraryException io(String action, Path path, IOException e) {
        return new LibraryException("Cannot " + action + " " + oneLine(path.toString()) + ": " + reason(e), e);
    }
}
