// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gazettereader.config.LatinWords;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.Test;

/**
 * The command line says the core's problems (an import refusal, a library that cannot be opened) in
 * Chinese when the system speaks Chinese, and in English otherwise (issue 14).
 */
class ProblemsByLocaleTest extends CliRun {
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    @Override
    Locale locale() {
        return locale;
    }

    private Path[] files() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path sample = Samples.copy(Samples.SAMPLE, in);
        Path list = Files.writeString(in.resolve("shopping.txt"), "购物清单：牛奶、面包、鸡蛋。\n", StandardCharsets.UTF_8);
        return new Path[] {sample, list};
    }

    @Test
    void importReasonsAndLibraryErrorsInChinese() throws Exception {
        Path lib = dir.resolve("lib");
        Path[] f = files();
        assertThat(run("import", "--library", lib.toString(), f[0].toString())).isZero();
        assertThat(run("import", "--library", lib.toString(), f[0].toString(), f[1].toString())).isEqualTo(1);
        assertThat(out()).contains("duplicate: " + f[0] + ": 与库中已有的 吕梁市人民政府公报 2023年第1期 是同一个文件");
        assertThat(err()).contains("failed: " + f[1] + ": 不是一期公报，也不是一篇公文");
        String reason = err().substring(err().indexOf(f[1].toString()) + f[1].toString().length());
        assertThat(LatinWords.in(reason)).as(reason).isEmpty();

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("library.db"), "这不是公报库的数据库。".repeat(300));
        assertThat(run("list", "--library", broken.toString())).isEqualTo(1);
        assertThat(err()).contains("公报库数据库 " + broken.resolve("library.db") + " 已损坏");
    }

    @Test
    void andInEnglishForAnEnglishSystem() throws Exception {
        locale = Locale.ENGLISH;
        Locale.setDefault(locale);
        Path lib = dir.resolve("lib");
        Path[] f = files();
        assertThat(run("import", "--library", lib.toString(), f[0].toString())).isZero();
        assertThat(run("import", "--library", lib.toString(), f[0].toString(), f[1].toString())).isEqualTo(1);
        assertThat(out()).contains("same file as 吕梁市人民政府公报 2023年第1期 already in the library");
        assertThat(err()).contains("not a gazette issue or a document: no title at the top");
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("library.db"), "这不是公报库的数据库。".repeat(300));
        assertThat(run("list", "--library", broken.toString())).isEqualTo(1);
        assertThat(err()).contains("The library database " + broken.resolve("library.db") + " is damaged");
    }
}
