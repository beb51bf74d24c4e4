// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: its lines, and its rolling at the limit with nine old files kept. */
class RollingLogHandlerTest {
    @TempDir
    Path dir;

    private static LogRecord record(Level level, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName("org.gazettereader.library.Library");
        return r;
    }

    @Test
    void aLineNamesTimeLevelThreadLoggerAndMessageAndAnErrorItsStack() throws Exception {
        RollingLogHandler h = new RollingLogHandler(dir);
        h.publish(record(Level.INFO, "打开公报库 /srv/库"));
        LogRecord failed = record(Level.SEVERE, "Cannot open the library");
        failed.setThrown(new IllegalStateException("disk I/O error"));
        h.publish(failed);
        h.close();
        String log = Files.readString(dir.resolve("gazette-reader.log"), StandardCharsets.UTF_8);
        String thread = Thread.currentThread().getName();
        assertThat(log.lines().findFirst().orElseThrow()).matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[" + java.util.regex.Pattern.quote(thread)
                        + "\\] org\\.gazettereader\\.library\\.Library - 打开公报库 /srv/库");
        assertThat(log).contains("ERROR [" + thread + "] org.gazettereader.library.Library - Cannot open the library")
                .contains("java.lang.IllegalStateException: disk I/O error").contains("\tat org.gazettereader.app.RollingLogHandlerTest");
    }

    @Test
    void rollsAtTheLimitAndKeepsNineOldFiles() throws Exception {
        RollingLogHandler h = new RollingLogHandler(dir, 1000);
        for (int i = 0; i < 400; i++) {
            h.publish(record(Level.WARNING, "record " + i + " " + "x".repeat(50)));
        }
        h.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("gazette-reader.1.log",
                    "gazette-reader.2.log", "gazette-reader.3.log", "gazette-reader.4.log", "gazette-reader.5.log",
                    "gazette-reader.6.log", "gazette-reader.7.log", "gazette-reader.8.log", "gazette-reader.9.log",
                    "gazette-reader.log");
        }
        for (String f : new String[] {"gazette-reader.log", "gazette-reader.1.log", "gazette-reader.9.log"}) {
            assertThat(Files.size(dir.resolve(f))).as(f).isLessThanOrEqualTo(1000).isPositive();
        }
        assertThat(Files.readString(dir.resolve("gazette-reader.log"))).contains("record 399");
        assertThat(Files.readString(dir.resolve("gazette-reader.1.log"))).doesNotContain("record 399");
    }

    @Test
    void aFolderThatVanishesCostsTheLinesNotTheProgram() throws Exception {
        Path gone = dir.resolve("gone");
        RollingLogHandler h = new RollingLogHandler(gone);
        h.setErrorManager(new java.util.logging.ErrorManager() {
            @Override
            public synchronized void error(String msg, Exception ex, int code) {
            }
        });
        h.publish(record(Level.INFO, "nowhere to go"));
        Files.createDirectories(gone);
        h.publish(record(Level.INFO, "back again"));
        h.close();
        assertThat(Files.readString(gone.resolve("gazette-reader.log"))).contains("back again").doesNotContain("nowhere");
    }
}
