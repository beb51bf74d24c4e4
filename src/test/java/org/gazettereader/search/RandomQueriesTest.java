// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.gazettereader.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any string a person types is answered: results or none, never an exception. */
class RandomQueriesTest {
    @TempDir
    Path dir;

    private static final String[] PIECES = {"AND", "OR", "NOT", "-", "+", "\"", "“", "”", "*", "?", "~", "^", "\\", "/",
        ":", "(", ")", "[", "]", "{", "}", "〔", "〕", "&&", "||", "!", "'; DROP TABLE notices; --", "' OR 1=1 --",
        "😀", "👍🏽", "\u0000", "\t", "\n", "　", "知识产权", "吕政发〔2023〕2号", "zscq", "文物", "第", "号", "2023",
        "%", "_", "<b>", "</b>", "𠀀", "ﬁ", "Ω", "\uD800", "\uFFFD", "field:value", "title:知识", "a~2", "[* TO *]"};

    @Test
    void tenThousandRandomQueriesAreAnswered() throws Exception {
        try (Library library = SampleLibrary.open(dir)) {
            Random r = new Random(20261128L);
            int answered = 0;
            int withHits = 0;
            boolean sawTruncated = false;
            for (int i = 0; i < 10_000; i++) {
                String q = i % 500 == 0 ? longQuery(r, 5000) : randomQuery(r);
                SearchRequest req = SearchRequest.of(q).withLimit(1 + r.nextInt(5));
                if (i % 3 == 0) {
                    req = req.sortedByDate(true);
                }
                SearchResult result = library.searcher().search(req);
                assertThat(result).as("query %d", i).isNotNull();
                assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
                if (result.total() > 0) {
                    withHits++;
                }
                sawTruncated |= result.truncated();
                if (i % 10 == 0) {
                    library.searcher().suggest(q, 5);
                }
                answered++;
            }
            assertThat(answered).isEqualTo(10_000);
            assertThat(withHits).isPositive();
            assertThat(sawTruncated).isTrue();
        }
    }

    private static String randomQuery(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(6);
        for (int i = 0; i < parts; i++) {
            switch (r.nextInt(3)) {
                case 0 -> b.append(PIECES[r.nextInt(PIECES.length)]);
                case 1 -> b.appendCodePoint(randomCodePoint(r));
                default -> b.append(' ');
            }
        }
        return b.toString();
    }

    private static int randomCodePoint(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> 0x20 + r.nextInt(0x5F);
            case 1 -> 0x4E00 + r.nextInt(0x51A5);
            case 2 -> 0x1F300 + r.nextInt(0x300);
            default -> r.nextInt(0x10FFFF);
        };
    }

    private static String longQuery(Random r, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(randomQuery(r)).append(' ');
        }
        return b.substring(0, length);
    }
}
