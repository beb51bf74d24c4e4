// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.gazettereader.search.NoticeSearcher;
import org.gazettereader.search.SearchWarmUp;

/**
 * Readies a just-opened library for its first searches, in the background: reads the index and
 * database files once so that the operating system holds them in memory (only when they take at
 * most a quarter of it), then runs {@link SearchWarmUp} on queries made from the library's own
 * titles. Reads only; safe beside readers and a writer.
 */
final class LibraryWarmUp {
    /** Titles the queries are made from, spread evenly over the library. */
    static final int SEEDS = 48;

    private final Path folder;
    private final Database db;

    LibraryWarmUp(Path folder, Database db) {
        this.folder = folder;
        this.db = db;
    }

    SearchWarmUp.Result run(NoticeSearcher searcher, BooleanSupplier cancelled) {
        try {
            List<Path> files = files();
            long total = 0;
            for (Path f : files) {
                total += Files.size(f);
            }
            if (total <= physicalMemory() / 4) {
                readOnce(files, cancelled);
            }
            return SearchWarmUp.run(searcher, seeds(), cancelled);
        } catch (IOException e) {
            throw new LibraryException("Cannot warm up the library " + folder + ": " + e.getMessage(), e);
        }
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        Path index = folder.resolve(Library.INDEX);
        if (Files.isDirectory(index)) {
            try (Stream<Path> s = Files.list(index)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock")).forEach(out::add);
            }
        }
        out.add(db.file());
        return out;
    }

    private static void readOnce(List<Path> files, BooleanSupplier cancelled) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        for (Path f : files) {
            // A segment merged away meanwhile is simply gone: nothing to warm.
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                while (!cancelled.getAsBoolean() && ch.read(buffer.clear()) > 0) {
                    // reading is the point: the pages stay in the operating system's cache
                }
            } catch (IOException e) {
                continue;
            }
        }
    }

    private List<SearchWarmUp.Seed> seeds() {
        try {
            return db.read(c -> {
                long count = Rows.list(c, "SELECT max(rowid) FROM notices", rs -> rs.getLong(1)).get(0);
                long step = Math.max(1, count / SEEDS);
                return Rows.list(c, """
                        SELECT n.title, n.doc_number, i.year FROM notices n JOIN issues i ON i.id = n.issue_id
                        WHERE n.rowid % ? = 0 LIMIT ?""", rs -> new SearchWarmUp.Seed(rs.getString(1), rs.getString(2),
                        LibraryStore.intOrNull(rs, 3)), step, SEEDS);
            });
        } catch (SQLException e) {
            throw SqlFailures.failure("read", db.file(), e);
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
