// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinWordsTest {
    @Test
    void findsEnglishWordsAndLetsCodesNamesAndKeysBe() {
        assertThat(LatinWords.in("失败　scan.txt：not a text file")).containsExactly("not", "text", "file");
        assertThat(LatinWords.in("Press ESC to exit full-screen mode.")).containsExactly("Press", "to", "exit", "full-screen", "mode");
        assertThat(LatinWords.in("15 notices")).containsExactly("notices");
        assertThat(LatinWords.in("Cancel")).containsExactly("Cancel");
        assertThat(LatinWords.in("文件(_F)　帮助(H)")).isEmpty();
        assertThat(LatinWords.in("公报库数据库 /tmp/junit-1/library/library.db 已损坏")).isEmpty();
        assertThat(LatinWords.in("不是可以识别的文本文件（支持的编码：UTF-8、UTF-16、GB18030）")).isEmpty();
        assertThat(LatinWords.in("按 Esc 键退出全屏；另存为 PDF……；文件有 52 MB；没有 .txt 或 .pdf 文件")).isEmpty();
        assertThat(LatinWords.in("吕政发〔2023〕2号　公报阅览 0.9.0-SNAPSHOT　第 1 页 (Home)")).isEmpty();
    }
}
