// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazettereader.config.DataHome;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, list, search, reindex and check as an administrator runs them. */
class LibraryCommandsTest extends CliRun {
    @Test
    void importListSearchCheck() throws Exception {
        Path lib = dir.resolve("lib");
        Path sample = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        assertThat(run("import", "--library", lib.toString(), sample.toString())).isZero();
        assertThat(out()).contains("imported 1, replaced 0, duplicates 0, failed 0; 15 notices");

        assertThat(run("import", "--library", lib.toString(), sample.toString())).isZero();
        assertThat(out()).contains("duplicates 1");

        assertThat(run("list", "--library", lib.toString(), "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("notices").asInt()).isEqualTo(15);

        assertThat(run("search", "--library", lib.toString(), "--json", "吕政发[2023]2号")).isZero();
        JsonNode result = new ObjectMapper().readTree(out());
        assertThat(result.get("total").asInt()).isEqualTo(1);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("doc_number").asText()).isEqualTo("吕政发〔2023〕2号");
        assertThat(hit.get("issue").asText()).isEqualTo("2023/1");
        assertThat(hit.get("gazette").asText()).isEqualTo("吕梁市人民政府公报");
        assertThat(hit.get("signed").asText()).isEqualTo("2023-01-16");
        assertThat(result.get("facets").get("year").get("2023").asInt()).isEqualTo(1);

        assertThat(run("search", "--library", lib.toString(), "--section", "人事任免文件", "吕梁")).isZero();
        assertThat(out()).startsWith("1 hit\n").contains("吕政任〔2023〕1号");

        assertThat(run("reindex", "--library", lib.toString())).isZero();
        assertThat(out()).contains("reindexed 15 notices");
        assertThat(run("check", "--library", lib.toString())).isZero();
        assertThat(out()).contains("1 issue, 15 notices, 15 in the search index").endsWith("ok\n");
    }

    /**
     * Attack: a file name that holds a newline and a terminal escape sequence. A tester saw import print
     * the escape raw and list print both raw (recolouring the terminal, breaking the one-line rows).
     */
    @Test
    void anImportOfAFileWithDamagedBytesSaysHowManyCharactersCouldNotBeRead() throws Exception {
        Path lib = dir.resolve("lib");
        byte[] sample = Files.readAllBytes(Samples.copy(Samples.SAMPLE, dir));
        Path cut = Files.write(dir.resolve("cut.txt"), java.util.Arrays.copyOf(sample, sample.length - 1));
        assertThat(run("import", "--library", lib.toString(), cut.toString())).isZero();
        assertThat(out()).contains("imported: " + cut + ": 吕梁市人民政府公报 2023年第1期, 15 notices; "
                + "the text has 1 unreadable character (\uFFFD), from damaged bytes in the file or in what it was made from");
    }

    @Test
    void aFileNameCannotReachTheTerminalRaw() throws Exception {
        Path lib = dir.resolve("lib");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path hostile = in.resolve("line1\nline2 \u001b[31mRED\u001b[0m.txt");
        Files.move(Samples.copy(Samples.SAMPLE, in), hostile);
        assertThat(run("import", "--library", lib.toString(), hostile.toString())).isZero();
        assertThat(out() + err()).doesNotContain("\u001b").contains("line1\\nline2 \\u001b[31mRED\\u001b[0m.txt");
        assertThat(run("list", "--library", lib.toString())).isZero();
        assertThat(out()).doesNotContain("\u001b").contains("line1\\nline2 \\u001b[31mRED");
        assertThat(out().lines()).hasSize(2); // the issue's row and the count
    }

    @Test
    void checkFailsOnDamageWithAFix() throws Exception {
        Path lib = dir.resolve("lib");
        Path sample = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        run("import", "--library", lib.toString(), sample.toString());
        try (var files = Files.list(lib.resolve("sources"))) {
            Files.delete(files.findFirst().orElseThrow());
        }
        assertThat(run("check", "--library", lib.toString())).isEqualTo(1);
        assertThat(err()).contains("is missing")
                .contains("import the original file lvliang-gazette-2023-01.txt again");
        // The advice works: importing the original again restores the kept copy.
        assertThat(run("import", "--library", lib.toString(), sample.toString())).isZero();
        assertThat(out()).contains("restored");
        assertThat(run("check", "--library", lib.toString())).isZero();
    }

    @Test
    void anIssueWithoutYearOrNumberListsThemAsUnknownNotNull() throws Exception {
        String sample = new String(Samples.bytes(Samples.SAMPLE), StandardCharsets.UTF_8);
        String noYear = org.gazettereader.library.LibraryNeverBreaksTest.withoutYearAndNumber(sample);
        Path file = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("no-year.txt"), noYear);
        Path lib = dir.resolve("lib");
        assertThat(run("import", "--library", lib.toString(), file.toString())).isZero();
        assertThat(run("list", "--library", lib.toString())).isZero();
        assertThat(out()).contains("吕梁市人民政府公报  ?年第?期").doesNotContain("null");
        assertThat(run("parse", file.toString())).isZero();
        assertThat(out()).contains("?年第?期").doesNotContain("null年");
    }

    @Test
    void failedImportExitsOneAndNamesTheFile() throws Exception {
        Path bad = Files.write(dir.resolve("scan.pdf"), "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII));
        assertThat(run("import", "--library", dir.resolve("lib").toString(), bad.toString())).isEqualTo(1);
        assertThat(err()).contains("scan.pdf").contains("damaged or truncated");
    }

    @Test
    void theDefaultLibraryStartsWithTheSample() {
        assertThat(run("list")).isZero();
        assertThat(out()).contains("吕梁市人民政府公报").contains("1 issue in " + dir.resolve("home").resolve("library"));
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(run("search", "--library", dir.resolve("lib").toString(), "--issue", "2023", "x")).isEqualTo(2);
        assertThat(err()).contains("YEAR/NO");
        assertThat(run("search", "--from", "yesterday", "x")).isEqualTo(2);
        assertThat(run("search", "--sort", "size", "x")).isEqualTo(2);
    }

    @Test
    void aLibraryGivenBeforeTheCommandIsTheCommandsLibrary() throws Exception {
        Path lib = dir.resolve("lib");
        Path sample = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        assertThat(run("--library", lib.toString(), "import", sample.toString())).isZero();
        assertThat(run("--library", lib.toString(), "list")).isZero();
        assertThat(out()).contains("1 issue in " + lib);
        assertThat(run("--library=" + lib, "search", "便民经营点")).isZero();
        assertThat(out()).contains("吕政函〔2023〕6号");
        // Nothing went to the default library (it was listed, and even created, before).
        assertThat(dir.resolve("home").resolve("library")).doesNotExist();
    }

    @Test
    void aLibraryBeforeACommandWithoutOneOrGivenTwiceIsAUsageError() throws Exception {
        Path sample = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        assertThat(run("--library", dir.resolve("lib").toString(), "parse", sample.toString())).isEqualTo(2);
        assertThat(err()).startsWith("--library does not apply to gazette-reader parse: it works on no library");
        assertThat(run("--library", "a", "list", "--library", "b")).isEqualTo(2);
        assertThat(err()).startsWith("--library is given both before and after gazette-reader list: give it once");
        assertThat(dir.resolve("home").resolve("library")).doesNotExist();
    }
}
