// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a prepared library folder in the place of another (a bundle install) so that a kill at any
 * moment leaves the old library or the new one, never a mix. For a library folder {@code P/N}:
 * the new library is unpacked and checked in {@code P/N.incoming}; then a marker {@code P/N.swap}
 * is written and made durable ("ready"), {@code N} is renamed to {@code N.previous}, {@code
 * N.incoming} to {@code N}, the new library is opened, the marker says "done", {@code N.previous}
 * is removed (kept with {@code keepPrevious}) and the marker goes. Opening the library
 * ({@link LibraryOpener}) finds a marker left by a killed install and completes the swap when it
 * says "ready" or "done" (the new library was complete and checked before it was written), or
 * rolls it back (removes {@code N.incoming}) when it was never completed. The installer holds the
 * library's writer lock from {@link #begin(Path)} to the swap, and an OS lock on the marker while
 * it swaps, so a second process waits instead of completing a swap that is still under way.
 */
public final class LibrarySwap {
    private static final Logger LOG = LoggerFactory.getLogger(LibrarySwap.class);
    /** Test hook: the JVM halts (as if killed) when it reaches the step this system property names. */
    public static final String CRASH_PROPERTY = "gazette.test.crashAt";
    /** The exit code of a JVM halted by {@link #crashPoint(String)}. */
    public static final int CRASHED = 86;
    private static final String READY = "ready";
    private static final String DONE = "done";
    private static final String KEEP = "keep-previous=true";
    private static final long LOCK_WAIT_MILLIS = 5_000;
    private static final long MARKER_WAIT_MILLIS = 10_000;
    /** Markers this process holds (it swaps them itself; its own opens must not wait for them). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private LibrarySwap() {
    }

    /** Where the new library is unpacked and checked: {@code N.incoming} beside the library folder {@code N}. */
    public static Path incoming(Path folder) {
        return sibling(folder, ".incoming");
    }

    /** Where the old library waits during a swap (and stays with {@code keepPrevious}): {@code N.previous}. */
    public static Path previous(Path folder) {
        return sibling(folder, ".previous");
    }

    static Path marker(Path folder) {
        return sibling(folder, ".swap");
    }

    private static Path sibling(Path folder, String suffix) {
        Path f = folder.toAbsolutePath().normalize();
        return f.resolveSibling(f.getFileName() + suffix);
    }

    /**
     * Test hook for the kill tests: halts the JVM at once (no finally blocks, no shutdown hooks, like
     * a kill) when the system property {@value #CRASH_PROPERTY} names {@code step}.
     */
    public static void crashPoint(String step) {
        if (step.equals(System.getProperty(CRASH_PROPERTY))) {
            System.out.flush();
            Runtime.getRuntime().halt(CRASHED);
        }
    }

    /** What a completed swap did. {@code previousKept} is the old library's folder when it was kept, else null. */
    public record Result(Path folder, Path previousKept, boolean replacedALibrary) {
    }

    /**
     * Starts an install into {@code folder}: completes or rolls back an earlier install that was
     * killed, takes the library's writer lock (a running import is waited for briefly, then refused
     * with its name) and empties {@link #incoming(Path)} for the new library. Close the session to
     * give up; {@link Session#commit(boolean)} swaps.
     */
    public static Session begin(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (Files.exists(f) && !Files.isDirectory(f)) {
            throw new LibraryException(f + " is a file, not a library folder: give the folder to install the library into");
        }
        if (f.getParent() == null) {
            throw new LibraryException("Cannot install a library as " + f + ": give a folder below it");
        }
        try {
            Recovery earlier = recover(f);
            if (earlier != null) {
                earlier.finish();
            }
            boolean created = !Files.exists(f);
            Files.createDirectories(f); // an empty folder holds the lock of a new library; the swap moves it aside
            LibraryLock lock = new LibraryLock(f);
            LibraryLock.Held held = lock.acquire("installing a library bundle", LOCK_WAIT_MILLIS);
            if (held == null) {
                throw new LibraryException("The library " + f + " is being changed by " + lock.holder()
                        + ": wait until it has finished, then install again (nothing was changed)");
            }
            try {
                deleteTree(incoming(f));
                Files.createDirectories(incoming(f));
            } catch (IOException | RuntimeException e) {
                held.close();
                throw e;
            }
            return new Session(f, held, created);
        } catch (IOException e) {
            throw SqlFailures.io("prepareInstall", f, e);
        }
    }

    /** An install under way: the writer lock of the library is held until the swap or {@link #close()}. */
    public static final class Session implements AutoCloseable {
        private final Path folder;
        private final boolean created;
        private LibraryLock.Held held;
        private boolean committed;

        private Session(Path folder, LibraryLock.Held held, boolean created) {
            this.folder = folder;
            this.held = held;
            this.created = created;
        }

        public Path folder() {
            return folder;
        }

        /** The folder to unpack the new library into (empty at the start). */
        public Path incoming() {
            return LibrarySwap.incoming(folder);
        }

        /**
         * Swaps the complete, checked library in {@link #incoming()} into place; the old one is
         * removed once the new one has opened, or kept as {@link #previous(Path)} with {@code keepPrevious}.
         */
        public Result commit(boolean keepPrevious) {
            Path incoming = incoming();
            Path previous = previous(folder);
            Path marker = marker(folder);
            boolean hadLibrary = Files.isRegularFile(folder.resolve(Database.FILE_NAME));
            try {
                syncTree(incoming);
                deleteTree(previous); // kept by an earlier install: only the library being replaced is kept now
                HELD.add(marker);
                try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE); FileLock lock = ch.lock(Long.MAX_VALUE - 1, 1, false)) {
                    crashPoint("swap-marker-created");
                    write(ch, READY + "\n" + (keepPrevious ? KEEP : "keep-previous=false") + "\n");
                    syncDir(folder.getParent());
                    crashPoint("swap-marker-ready");
                    try {
                        Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        Files.deleteIfExists(marker);
                        throw new LibraryException("Cannot move the library " + folder + " aside to install the new one ("
                                + SqlFailures.reason(e) + "): close every program that has it open, then install again "
                                + "(nothing was changed)", e);
                    }
                    crashPoint("swap-old-moved");
                    Files.move(incoming, folder, StandardCopyOption.ATOMIC_MOVE);
                    syncDir(folder.getParent());
                    crashPoint("swap-new-moved");
                    try (Library opened = Library.openExisting(folder, ImportListener.NONE)) {
                        LOG.info("Installed library {} opens ({} issues)", folder, opened.issues().size());
                    } catch (RuntimeException e) {
                        Files.move(folder, incoming, StandardCopyOption.ATOMIC_MOVE);
                        Files.move(previous, folder, StandardCopyOption.ATOMIC_MOVE);
                        Files.deleteIfExists(marker);
                        throw new LibraryException("The new library did not open in " + folder + " (" + e.getMessage()
                                + "): the previous library is back in place", e);
                    }
                    crashPoint("swap-new-opened");
                    held.close(); // the old library's lock file: it lies in the old folder now
                    held = null;
                    write(ch, DONE + "\n" + (keepPrevious ? KEEP : "keep-previous=false") + "\n");
                    crashPoint("swap-marker-done");
                    if (!keepPrevious) {
                        deleteTree(previous);
                    }
                    crashPoint("swap-previous-removed");
                    Files.deleteIfExists(marker);
                }
                committed = true;
                return new Result(folder, keepPrevious ? previous : null, hadLibrary);
            } catch (IOException e) {
                throw SqlFailures.io("installLibrary", folder, e);
            } finally {
                HELD.remove(marker);
            }
        }

        /** Releases the lock; an install that did not swap removes what it unpacked. */
        @Override
        public void close() {
            try {
                if (!committed) {
                    deleteTree(LibrarySwap.incoming(folder));
                }
            } catch (IOException e) {
                LOG.warn("Cannot remove {}: {}", incoming(), e.getMessage());
            } finally {
                if (held != null) {
                    held.close();
                    held = null;
                }
                if (!committed && created) {
                    removeEmpty(folder);
                }
            }
        }

        /** The folder this install made only to hold the lock goes again when nothing was installed. */
        private static void removeEmpty(Path f) {
            try {
                Files.deleteIfExists(f.resolve(LibraryLock.FILE_NAME));
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // not empty (something else was put there meanwhile): left alone
            }
        }
    }

    /** What recovery found of a killed install; {@link #finish()} after the library has opened. */
    static final class Recovery {
        private final Path marker;
        private final Path previous;
        private final String note;

        private Recovery(Path marker, Path previous, String note) {
            this.marker = marker;
            this.previous = previous;
            this.note = note;
        }

        String note() {
            return note;
        }

        /** The new library opened: removes the old one (unless it is to be kept) and the marker. */
        void finish() throws IOException {
            if (previous != null) {
                deleteTree(previous);
            }
            Files.deleteIfExists(marker);
        }
    }

    /**
     * Completes or rolls back an install into {@code folder} that was killed; null when there is
     * none, when this process or another is swapping it right now (the library is then read as it
     * is), or when the folder beside it cannot be written (read-only media).
     */
    static Recovery recover(Path folder) throws IOException {
        Path marker = marker(folder);
        if (!Files.exists(marker) || HELD.contains(marker) || !Files.isWritable(marker.getParent())) {
            return null;
        }
        Path incoming = incoming(folder);
        Path previous = previous(folder);
        try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = waitForLock(ch);
            if (lock == null) {
                return null;
            }
            try (lock) {
                String state = read(ch);
                boolean keep = state.contains(KEEP);
                if (state.startsWith(READY)) {
                    if (!Files.isDirectory(incoming) && !Files.exists(folder) && Files.isDirectory(previous)) {
                        // Nothing to complete with (the new copy was removed by hand): the old library comes back.
                        Files.move(previous, folder, StandardCopyOption.ATOMIC_MOVE);
                        return new Recovery(marker, null, "a library bundle install was interrupted and its new library "
                                + "is gone: the previous library was put back");
                    }
                    if (Files.isDirectory(incoming)) {
                        if (Files.exists(folder)) {
                            deleteTree(previous);
                            Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
                        }
                        Files.move(incoming, folder, StandardCopyOption.ATOMIC_MOVE);
                        syncDir(folder.getParent());
                    }
                    write(ch, DONE + "\n" + (keep ? KEEP : "keep-previous=false") + "\n");
                    return new Recovery(marker, keep ? null : previous, "a library bundle install was interrupted after "
                            + "the new library had been checked: completed it (the new library is in " + folder + ")");
                }
                if (state.startsWith(DONE)) {
                    return new Recovery(marker, keep ? null : previous, "a library bundle install was interrupted while "
                            + "removing the previous library: removed it");
                }
                deleteTree(incoming);
                return new Recovery(marker, null, "a library bundle install was interrupted before the swap: rolled back "
                        + "(the library is as it was; the unpacked copy in " + incoming + " was removed)");
            }
        }
    }

    private static FileLock waitForLock(FileChannel ch) throws IOException {
        long deadline = System.nanoTime() + MARKER_WAIT_MILLIS * 1_000_000;
        while (true) {
            try {
                FileLock lock = ch.tryLock(Long.MAX_VALUE - 1, 1, false);
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // this process holds it (another thread installing)
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(ch.size(), 4096));
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    private static void write(FileChannel ch, String state) throws IOException {
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(state.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
    }

    /** Removes a folder and everything in it; a missing folder (or file) is no error. */
    public static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(p)) {
                int n = 0;
                for (Path c : files) {
                    deleteTree(c);
                    if (++n == 3) {
                        crashPoint("swap-deleting");
                    }
                }
            } catch (NoSuchFileException e) {
                return;
            }
        }
        Files.deleteIfExists(p);
    }

    /** Makes the files of a folder durable before the swap names it the library (power cuts). */
    private static void syncTree(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(p)) {
                for (Path c : files) {
                    syncTree(c);
                }
            }
            syncDir(p);
        } else if (Files.isRegularFile(p)) {
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
    }

    /** Makes renames in a folder durable where the system allows it (not on Windows: nothing to do there). */
    private static void syncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a file; its renames are durable once done
        }
    }
}
