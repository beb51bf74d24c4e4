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
 * Points the rolling log file of {@link LogConfigurator} at the data folder before the first logger
 * exists. When that folder cannot be created (the data folder lies under a file, or is read-only)
 * there is no log file, and one line on stderr says why: logback's own complaint would be some 80
 * status lines, and {@link LogConfigurator} drops those so that stdout stays clean for JSON.
 */
final class Logging {
    static final String LOG_DIR_PROPERTY = "gazette.logdir";
    /** The appender {@link LogConfigurator} attaches; {@value #NO_FILE} when the folder is unusable. */
    static final String APPENDER_PROPERTY = "gazette.log.appender";
    static final String NO_FILE = "NONE";

    private Logging() {
    }

    static void configure(DataHome home) {
        if (System.getProperty(LOG_DIR_PROPERTY) != null || System.getProperty(APPENDER_PROPERTY) != null) {
            return;
        }
        Path logs = home.logs();
        String problem = problem(logs);
        if (problem == null) {
            System.setProperty(LOG_DIR_PROPERTY, logs.toString());
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
