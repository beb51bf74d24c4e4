// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDocNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"吕政函〔2023〕6", "吕政函2023 6", "吕政函2023-6", "吕政函2023/6", "吕政函〔2023〕第6号",
            "吕政函 2023 6", "吕政函(2023)6号", "吕政函２０２３　６", "吕政函2023年第6号"})
    void agencyInCharacters(String typed) {
        TypedDocNumber t = TypedDocNumber.parse(typed).orElseThrow();
        assertThat(t.canonical()).isEqualTo("吕政函〔2023〕6号");
    }

    @Test
    void agencyInPinyinOrAbsent() {
        TypedDocNumber lzh = TypedDocNumber.parse("lzh 2023 6").orElseThrow();
        assertThat(lzh.agencyInLetters()).isTrue();
        assertThat(lzh.canonical()).isNull();
        assertThat(TypedDocNumber.parse("2023年6号")).contains(new TypedDocNumber(null, 2023, 6));
        assertThat(TypedDocNumber.parse("2023 6")).contains(new TypedDocNumber(null, 2023, 6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"吕政函20236", "2023", "知识产权", "吕政函〔2023〕", "x 2023 6", "规划 2023年", "2023 6 规划"})
    void notADocNumber(String typed) {
        assertThat(TypedDocNumber.parse(typed)).isEmpty();
    }
}
