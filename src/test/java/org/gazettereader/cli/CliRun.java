// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gazettereader.config.DataHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process with a data folder of the test's own, keeping what it printed. */
abstract class CliRun {
    @TempDir
    Path dir;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void home() {
        System.setProperty(DataHome.HOME_PROPERTY, dir.resolve("home").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty(DataHome.HOME_PROPERTY);
    }

    int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(library -> { }).run(out, err, args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
