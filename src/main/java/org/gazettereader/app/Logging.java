// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazettereader.cli.CliText;
import org.gazettereader.config.DataHome;

/**
 * The log: slf4j over the JDK's own logging ({@code java.util.logging}), whose root logger gets the
 * reader's {@link RollingLogHandler} in the data folder and nothing else (stdout carries the command
 * line's JSON, stderr its messages). When that folder cannot be created (the data folder lies under
 * a file, or is read-only) there is no log file, and one line on stderr says why.
 *
 * <p>Not logback any more: its 200 classes were loaded at every start of the window and of every
 * command, and took 3 MB of the app image. An administrator's {@code
 * -Djava.util.logging.config.file=…} is honoured as it is (this class then configures nothing).
 */
final class Logging {
    static final String LOG_DIR_PROPERTY = "gazette.logdir";
    /** {@value #NO_FILE} when the folder is unusable: no handler at all then. */
    static final String APPENDER_PROPERTY = "gazette.log.appender";
    static final String NO_FILE = "NONE";

    private Logging() {
    }

    static void configure(DataHome home) {
        if (System.getProperty(LOG_DIR_PROPERTY) != null || System.getProperty(APPENDER_PROPERTY) != null
                || System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        Path logs = home.logs();
        String problem = problem(logs);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.setLevel(java.util.logging.Level.INFO);
        if (problem == null) {
            System.setProperty(LOG_DIR_PROPERTY, logs.toString());
            RollingLogHandler file = new RollingLogHandler(logs);
            // A full or vanished disk costs the log, never a word on stdout or stderr.
            file.setErrorManager(new java.util.logging.ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                }
            });
            root.addHandler(file);
        } else {
            System.setProperty(APPENDER_PROPERTY, NO_FILE);
            System.err.println(CliText.get("log.off", logs, problem));
        }
    }

    /** Why {@code dir} cannot hold the log file, or null when it can. */
    private static String problem(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return reason(dir, e);
        }
        return Files.isWritable(dir) ? null : CliText.get("reason.denied");
    }

    private static String reason(Path dir, IOException e) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return CliText.get("reason.notFolder", p);
                }
                break;
            }
        }
        if (e instanceof AccessDeniedException) {
            return CliText.get("reason.denied");
        }
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason();
            }
            Path refused = f.getFile() == null ? null : Path.of(f.getFile()).getParent();
            if (refused != null && Files.isDirectory(refused)) {
                return CliText.get("reason.noNewFiles", refused);
            }
        }
        return e.toString();
    }
}
