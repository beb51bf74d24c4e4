// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gazettereader.json.Json;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesIndentedKeysInTheOrderTheyWerePutAndAbsentValuesAsNull() {
        Json o = Json.object();
        o.put("total", 2);
        o.put("title", "吕梁市人民政府公报");
        o.put("year", (Integer) null);
        o.put("score", 0.45179144f);
        o.put("published", JsonWriter.date(LocalDate.of(2023, 2, 28)));
        o.put("signed", JsonWriter.date(null));
        o.putArray("hits").addObject().put("id", "n1");
        o.putObject("facets");
        o.putArray("rows").addArray().add("a").add((String) null);

        assertThat(JsonWriter.write(o)).isEqualTo("""
                {
                  "total": 2,
                  "title": "吕梁市人民政府公报",
                  "year": null,
                  "score": 0.45179144,
                  "published": "2023-02-28",
                  "signed": null,
                  "hits": [
                    {
                      "id": "n1"
                    }
                  ],
                  "facets": {},
                  "rows": [
                    [
                      "a",
                      null
                    ]
                  ]
                }""");
    }

    @Test
    void writesAnEmptyArrayOnOneLine() {
        assertThat(JsonWriter.write(Json.array())).isEqualTo("[]");
    }
}
