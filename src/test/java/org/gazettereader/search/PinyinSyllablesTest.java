// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinSyllablesTest {
    @Test
    void splitsTypedLettersIntoSyllables() {
        assertThat(PinyinSyllables.split("wenwubaohu")).containsExactly("wen", "wu", "bao", "hu");
        assertThat(PinyinSyllables.split("fangan")).containsExactly("fang", "an");
        assertThat(PinyinSyllables.split("xi'an")).containsExactly("xi", "an");
        assertThat(PinyinSyllables.split("FuNü")).containsExactly("fu", "nv");
        assertThat(PinyinSyllables.split("lue")).containsExactly("lve");
    }

    @Test
    void initialsAndEnglishDoNotSplit() {
        assertThat(PinyinSyllables.split("zscq")).isNull();
        assertThat(PinyinSyllables.split("pdf")).isNull();
        assertThat(PinyinSyllables.split("")).isNull();
    }

    @Test
    void aLongStringThatAlmostSplitsIsAnsweredQuickly() {
        long t0 = System.nanoTime();
        assertThat(PinyinSyllables.split("an".repeat(29) + "x")).isNull();
        assertThat(System.nanoTime() - t0).isLessThan(1_000_000_000L);
    }

    @Test
    void spacedSyllablesBecomeOneGroup() {
        List<List<String>> joined = PinyinRuns.join(UserQuery.parse("wen wu bao hu 规划 zscq").required());
        assertThat(joined).hasSize(3);
        assertThat(joined.get(0).get(0).split(String.valueOf(PinyinRuns.SEPARATOR))).containsExactly("wen", "wu", "bao", "hu");
        assertThat(joined.get(2)).containsExactly("zscq");
    }

    @Test
    void mixedPinyinAndCharacters() {
        assertThat(Pinyin.mixed("wenwu保护")).isEqualTo("wenwubaohu");
        assertThat(Pinyin.mixed("保护")).isNull();
        assertThat(Pinyin.mixed("wenwu")).isNull();
        assertThat(Pinyin.mixed("wenwu-保护")).isNull();
    }
}
