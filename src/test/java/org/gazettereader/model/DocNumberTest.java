// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"吕政办发〔2022〕61号", "吕政办发[2022]61号", "吕政办发（2022）61号", "吕政办发(2022)61号",
        "吕政办发【2022】61号", "吕政办发〔2022〕第61号", "吕政办发 〔 2022 〕 61 号", "吕政办发〔２０２２〕６１号",
        "（吕政办发〔2022〕61号）", "吕政办发［2022］61号"})
    void everyVariantHasOneCanonicalForm(String variant) {
        DocNumber d = DocNumber.parse(variant).orElseThrow();
        assertThat(d.agency()).isEqualTo("吕政办发");
        assertThat(d.year()).isEqualTo(2022);
        assertThat(d.serial()).isEqualTo(61);
        assertThat(d.canonical()).isEqualTo("吕政办发〔2022〕61号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "吕政办发", "2022年61号", "〔2022〕61号", "吕政办发〔22〕61号", "关于印发的通知"})
    void notADocNumber(String text) {
        assertThat(DocNumber.parse(text)).isEmpty();
    }

    @Test
    void foundInsideText() {
        assertThat(DocNumber.find("根据《意见》（晋办发〔2021〕12号）精神").map(DocNumber::canonical))
                .contains("晋办发〔2021〕12号");
    }
}
