// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What search and export print: counts in the right number, the did-you-mean line, candidates, file modes. */
class SearchOutputTest extends CliRun {
    private Path lib;

    @BeforeEach
    void library() throws Exception {
        lib = dir.resolve("lib");
        Path in = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        assertThat(run("import", "--library", lib.toString(), in.toString())).isZero();
    }

    @Override
    Locale locale() {
        return Locale.ENGLISH;
    }

    @Test
    void oneHitIsOneHitAndALimitSaysHowManyOfAll() throws Exception {
        assertThat(run("search", "--library", lib.toString(), "赵如宁")).isZero();
        assertThat(out()).startsWith("1 hit\n");
        assertThat(run("search", "--library", lib.toString(), "--json", "规划")).isZero();
        int all = new ObjectMapper().readTree(out()).get("total").asInt();
        assertThat(all).isGreaterThan(3);
        assertThat(run("search", "--library", lib.toString(), "--limit", "3", "规划")).isZero();
        assertThat(out()).startsWith("3 of " + all + " hits\n");
        assertThat(out().lines().filter(l -> l.matches(" ?\\d+\\. .*"))).hasSize(3);
    }

    @Test
    void aSlipShowsTheCorrectionAboveTheResultsAndInJson() throws Exception {
        assertThat(run("search", "--library", lib.toString(), "知识产全")).isZero();
        assertThat(out()).startsWith("Did you mean: 知识产权\n0 hits\n");
        assertThat(run("search", "--library", lib.toString(), "--json", "知识产全")).isZero();
        JsonNode o = new ObjectMapper().readTree(out());
        assertThat(o.get("did_you_mean").asText()).isEqualTo("知识产权");
        assertThat(o.get("total").asInt()).isZero();
        assertThat(run("search", "--library", lib.toString(), "--json", "知识产权")).isZero();
        assertThat(new ObjectMapper().readTree(out()).get("did_you_mean").isNull()).isTrue();
    }

    @Test
    void inChineseTheCorrectionLineIsChinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(run("search", "--library", lib.toString(), "垃圾分累")).isZero();
        assertThat(out()).startsWith("您是不是要找：垃圾分类\n");
    }

    @Test
    void anAmbiguousDocListsEachCandidateWithIdGazetteYearAndIssue() throws Exception {
        String text = Files.readString(Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in2"))),
                StandardCharsets.UTF_8).replace("吕梁市人民政府公报", "孝义市人民政府公报");
        Path other = Files.writeString(dir.resolve("other.txt"), text, StandardCharsets.UTF_8);
        assertThat(run("import", "--library", lib.toString(), other.toString())).isZero();
        assertThat(run("export", "--library", lib.toString(), "--pdf", dir.resolve("x.pdf").toString(), "--doc",
                "吕政发〔2023〕2号")).isEqualTo(1);
        String[] lines = err().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("several notices are 吕政发〔2023〕2号").contains("--gazette");
        assertThat(lines[1]).matches("  n\\w+  (吕梁|孝义)市人民政府公报  2023/1 \\(--issue 2023/1\\)");
        assertThat(lines[2]).matches("  n\\w+  (吕梁|孝义)市人民政府公报  2023/1 \\(--issue 2023/1\\)");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anExportedPdfGetsTheModeOfAnyNewFile() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
        Path pdf = dir.resolve("one.pdf");
        assertThat(run("export", "--library", lib.toString(), "--pdf", pdf.toString(), "--doc", "吕政发〔2023〕2号")).isZero();
        assertThat(out()).contains(": 1 notice,");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)))
                .isEqualTo(PosixFilePermissions.toString(usual));
    }
}
