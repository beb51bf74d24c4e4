// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lists the library keeps as JSON read back exactly, including those an earlier version wrote. */
class LibraryStoreJsonTest {
    private static final ObjectMapper EARLIER = new ObjectMapper();

    @Test
    void whatEarlierVersionsWroteReadsBackTheSame() throws Exception {
        List<String> sections = List.of("【省政府文件】", "目　录", "quote \" backslash \\ tab \t newline \n", "", "\u0000\u001f",
                "𠀀 emoji 😀");
        assertThat(LibraryStore.strings(EARLIER.writeValueAsString(sections))).isEqualTo(sections);
        assertThat(LibraryStore.strings("[]")).isEmpty();
        assertThat(LibraryStore.strings(null)).isEmpty();
        assertThat(LibraryStore.strings("null")).isNull();
        assertThat(LibraryStore.strings(" [ \"a\" , null ] ")).isEqualTo(Arrays.asList("a", null));

        List<List<String>> rows = Arrays.asList(List.of("序号", "单位", "金额（万元）"), Arrays.asList("1", null, "12.5"), null,
                List.of());
        assertThat(LibraryStore.rows(EARLIER.writeValueAsString(rows))).isEqualTo(rows);
        assertThat(LibraryStore.rows(null)).isNull();
        assertThat(LibraryStore.rows("null")).isNull();
    }

    @Test
    void damagedJsonIsALibraryErrorNotAWrongList() {
        for (String bad : List.of("[\"a\"", "{\"a\":1}", "[1]", "[\"a\"] x", "[[\"a\"], 2]", "\"a\"", "")) {
            assertThatThrownBy(() -> {
                LibraryStore.strings(bad);
                LibraryStore.rows(bad);
            }).as(bad).isInstanceOf(LibraryException.class).hasMessageContaining("Damaged");
        }
    }
}
