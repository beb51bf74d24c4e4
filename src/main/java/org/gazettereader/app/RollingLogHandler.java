// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The reader's log file: {@code gazette-reader.log} in the data folder's {@code logs}, one line a
 * record ({@code 2026-11-30 14:03:11,532 INFO  [thread] logger - message}, then the stack of an
 * error), rolled at {@value #LIMIT_MB} MB to {@code gazette-reader.1.log} … {@code .9.log} (at most
 * 50 MB in all). Several processes may append to one file (the window and a command); a line is
 * written whole, in one append.
 */
final class RollingLogHandler extends Handler {
    static final String FILE = "gazette-reader.log";
    static final int LIMIT_MB = 5;
    static final int KEPT = 9;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    /** The JDK's own filling-in of a record's {0} parameters (JavaFX and PDFBox log that way; slf4j's come filled). */
    private static final java.util.logging.Formatter MESSAGES = new java.util.logging.SimpleFormatter();

    private final Path dir;
    private final long limit;
    private OutputStream out;

    RollingLogHandler(Path dir) {
        this(dir, LIMIT_MB * 1024L * 1024L);
    }

    RollingLogHandler(Path dir, long limit) {
        this.dir = dir;
        this.limit = limit;
        setLevel(Level.ALL);
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (!isLoggable(r)) {
            return;
        }
        byte[] line = format(r, Thread.currentThread().getName()).getBytes(StandardCharsets.UTF_8);
        try {
            Path file = dir.resolve(FILE);
            if (out != null && Files.size(file) + line.length > limit) {
                roll();
            }
            if (out == null) {
                out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            out.write(line);
            out.flush();
        } catch (IOException | RuntimeException e) {
            close();
            reportError("Cannot write the log file in " + dir, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void roll() throws IOException {
        close();
        Files.deleteIfExists(dir.resolve(name(KEPT)));
        for (int i = KEPT - 1; i >= 1; i--) {
            Path from = dir.resolve(name(i));
            if (Files.exists(from)) {
                Files.move(from, dir.resolve(name(i + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(dir.resolve(FILE), dir.resolve(name(1)), StandardCopyOption.REPLACE_EXISTING);
    }

    static String name(int generation) {
        return "gazette-reader." + generation + ".log";
    }

    /** One record as the file holds it. */
    static String format(LogRecord r, String thread) {
        StringBuilder b = new StringBuilder(160);
        b.append(TIME.format(r.getInstant() == null ? Instant.now() : r.getInstant())).append(' ');
        b.append(String.format(Locale.ROOT, "%-5s", level(r.getLevel()))).append(" [").append(thread).append("] ");
        b.append(r.getLoggerName()).append(" - ").append(MESSAGES.formatMessage(r)).append(System.lineSeparator());
        if (r.getThrown() != null) {
            StringWriter s = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(s));
            b.append(s);
        }
        return b.toString();
    }

    /** The names the log has always used (slf4j's), not java.util.logging's. */
    static String level(Level l) {
        int v = l.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (v >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (v >= Level.INFO.intValue()) {
            return "INFO";
        }
        return v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    @Override
    public synchronized void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                reportError(null, e, ErrorManager.FLUSH_FAILURE);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the next record opens the file again
            }
            out = null;
        }
    }
}
