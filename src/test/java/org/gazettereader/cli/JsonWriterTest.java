// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesIndentedKeysInTheOrderTheyWerePutAndAbsentValuesAsNull() throws Exception {
        ObjectNode o = JsonWriter.object();
        o.put("total", 2);
        o.put("title", "吕梁市人民政府公报");
        o.put("year", (Integer) null);
        o.put("score", 0.45179144f);
        o.put("published", JsonWriter.date(LocalDate.of(2023, 2, 28)));
        o.put("signed", JsonWriter.date(null));
        o.putArray("hits").addObject().put("id", "n1");
        o.putObject("facets");

        assertThat(JsonWriter.write(o)).isEqualTo("""
                {
                  "total" : 2,
                  "title" : "吕梁市人民政府公报",
                  "year" : null,
                  "score" : 0.45179144,
                  "published" : "2023-02-28",
                  "signed" : null,
                  "hits" : [ {
                    "id" : "n1"
                  } ],
                  "facets" : { }
                }""".replace("\n", System.lineSeparator()));
    }

    @Test
    void writesAnEmptyArrayOnOneLine() throws Exception {
        assertThat(JsonWriter.write(JsonWriter.array())).isEqualTo("[ ]");
    }
}
