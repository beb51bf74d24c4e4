// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(library -> { }).run(out, err, args);
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Path sample = Samples.copy(Samples.SAMPLE, dir);
        assertThat(run("parse", sample.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("gazette").asText()).isEqualTo("吕梁市人民政府公报");
        assertThat(json.get("total_issue").asInt()).isEqualTo(22);
        assertThat(json.get("published").asText()).isEqualTo("2023-02-28");
        JsonNode first = json.get("documents").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("seq", "id", "section", "title", "doc_number", "type",
                "issuer", "recipients", "signed", "toc_page", "public", "consult", "blocks", "attachments");
        assertThat(first.get("doc_number").asText()).isEqualTo("吕政发〔2022〕18号");
        assertThat(first.get("attachments").get(0).get("label").isNull()).isTrue();
        assertThat(first.get("blocks").get(1).get("type").asText()).isEqualTo("signature");
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void humanSummaryListsTheNotices() {
        Path sample = Samples.copy(Samples.SAMPLE, dir);
        assertThat(run("parse", sample.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("公文 15 篇").contains("吕政任〔2023〕1号");
    }

    @Test
    void badInputExitsOneWithTheFileAndReason() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        java.util.Locale machine = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertThat(run("parse", empty.toString())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt").contains("the file is empty");
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            err.reset();
            assertThat(run("parse", empty.toString())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt").contains("文件是空的");
        } finally {
            java.util.Locale.setDefault(machine);
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(run("parse")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FILE");
    }
}
