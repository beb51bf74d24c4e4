// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one-writer lock of a library: an OS file lock on {@code library.lock} held while issues are
 * imported, replaced or deleted and while the index is rebuilt. Readers never take it. The file
 * names its holder (process, what it does, since when) so that a refused second writer can say
 * what holds the library. The OS releases the lock when the holder dies, so a killed import never
 * leaves the library locked.
 */
final class LibraryLock {
    static final String FILE_NAME = "library.lock";

    private final Path file;
    private final ReentrantLock inProcess = new ReentrantLock();
    private String heldFor;

    LibraryLock(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** A held lock; closing it releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the lock for {@code purpose}, or returns null when another process or another task of
     * this one holds it ({@link #holder()} then says which).
     */
    Held tryAcquire(String purpose) throws IOException {
        if (!inProcess.tryLock()) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                // A byte far past the text, so that on Windows (mandatory locks) others can still read who holds it.
                lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                inProcess.unlock();
                return null;
            }
            String who = "pid " + ProcessHandle.current().pid() + ", " + purpose + ", since "
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            heldFor = purpose;
            FileChannel ch = channel;
            FileLock l = lock;
            return () -> {
                heldFor = null;
                try {
                    l.release();
                    ch.close();
                } catch (IOException e) {
                    // closing the channel releases the OS lock in any case
                } finally {
                    inProcess.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            inProcess.unlock();
            throw e;
        }
    }

    /** As {@link #tryAcquire(String)}, waiting up to {@code waitMillis} for the holder to let go. */
    Held acquire(String purpose, long waitMillis) throws IOException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        while (true) {
            Held held = tryAcquire(purpose);
            if (held != null || System.nanoTime() > deadline) {
                return held;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** Who holds the lock, as its holder wrote it ("pid 1234, import, since …"). */
    String holder() {
        String mine = heldFor;
        if (mine != null) {
            return "this program (" + mine + ")";
        }
        try {
            String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            return s.isEmpty() ? "another Gazette Reader" : "another Gazette Reader (" + s + ")";
        } catch (IOException e) {
            return "another Gazette Reader";
        }
    }
}
