// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {
    private static final String TITLE = "吕梁市人民政府关于印发吕梁市“十四五”知识产权保护和运用规划的通知";

    @Test
    void fullPinyinAndInitialsFindTheHanTheySpell() {
        assertThat(Pinyin.spelled("zscq", TITLE)).containsExactly("知识产权");
        assertThat(Pinyin.spelled("ZhiShiChanQuan", TITLE)).containsExactly("知识产权");
        assertThat(Pinyin.spelled("llsrmzf", TITLE)).containsExactly("吕梁市人民政府");
        assertThat(Pinyin.spelled("lls", TITLE)).containsExactly("吕梁市");
    }

    @Test
    void aRunStopsAtPunctuationAndOneSyllableMarksNothing() {
        // 十四五 is quoted: the run 市“十 is broken by the quotation mark.
        assertThat(Pinyin.spelled("ssw", TITLE)).containsExactly("十四五");
        assertThat(Pinyin.spelled("sss", TITLE)).isEmpty();
        assertThat(Pinyin.spelled("zhi", TITLE)).isEmpty();
        assertThat(Pinyin.spelled("xyz", TITLE)).isEmpty();
        assertThat(Pinyin.spelled("zscq", "")).isEmpty();
    }
}
