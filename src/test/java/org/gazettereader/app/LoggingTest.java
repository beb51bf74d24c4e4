// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazettereader.cli.Cli;
import org.gazettereader.config.DataHome;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder where no log folder can be made (it lies under a regular file) costs the log file
 * and one line on stderr; stdout stays the command's output, so {@code --json} stays JSON.
 */
class LoggingTest {
    private static final List<String> ENGLISH = List.of("-Duser.language=en", "-Duser.country=US");

    @TempDir
    Path dir;

    private Path lib;
    private Path underAFile;

    @BeforeEach
    void libraryAndAFile() throws Exception {
        System.setProperty(DataHome.HOME_PROPERTY, dir.resolve("home").toString());
        lib = dir.resolve("lib");
        Path in = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        assertThat(new Cli(l -> { }).run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "import", "--library",
                lib.toString(), in.toString())).isZero();
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        underAFile = file.resolve("sub");
    }

    @AfterEach
    void clear() {
        System.clearProperty(DataHome.HOME_PROPERTY);
    }

    private void assertJsonOnlyAndOneLineWhy(MainProcess.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode list = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(r.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("notices").asInt()).isEqualTo(15);
        assertThat(r.err().lines()).containsExactly("warning: no log file: cannot create the log folder "
                + underAFile.resolve("logs") + ": " + dir.resolve("a-file") + " is a file, not a folder");
    }

    @Test
    void aDataFolderUnderAFileLeavesStdoutPureJsonByProperty() throws Exception {
        List<String> jvm = new ArrayList<>(ENGLISH);
        jvm.add("-D" + DataHome.HOME_PROPERTY + "=" + underAFile);
        assertJsonOnlyAndOneLineWhy(MainProcess.run(dir, Map.of(), jvm, "list", "--json", "--library", lib.toString()));
    }

    @Test
    void aDataFolderUnderAFileLeavesStdoutPureJsonByEnvironment() throws Exception {
        assertJsonOnlyAndOneLineWhy(MainProcess.run(dir, Map.of(DataHome.HOME_ENV, underAFile.toString()), ENGLISH,
                "list", "--json", "--library", lib.toString()));
    }

    @Test
    void aWritableDataFolderGetsTheLogFileAndNothingOnStderr() throws Exception {
        Path home = dir.resolve("home2");
        List<String> jvm = new ArrayList<>(ENGLISH);
        jvm.add("-D" + DataHome.HOME_PROPERTY + "=" + home);
        MainProcess.Result r = MainProcess.run(dir, Map.of(), jvm, "list", "--json", "--library", lib.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(home.resolve("logs")).isDirectory();
    }
}
