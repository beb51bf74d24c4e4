// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The background warm-up after opening: queries of every shape, from the library's own titles, reading only. */
class SearchWarmUpTest extends OnTheSample {

    @Test
    void aSeedGivesWordsAPhrasePinyinASlipAndItsDocNumber() {
        List<SearchRequest> rs = SearchWarmUp.requests(
                new SearchWarmUp.Seed("吕梁市人民政府关于加强知识产权保护的意见", "吕政发〔2023〕2号", 2023), 0);
        assertThat(rs).extracting(SearchRequest::query).contains("\"市人民政\"", "吕政发〔2023〕2号")
                .anySatisfy(q -> assertThat(q).matches("[a-z]+"))
                .anySatisfy(q -> assertThat(q).endsWith("的"));
        assertThat(rs).anySatisfy(r -> assertThat(r.filters().year()).isEqualTo(2023));
        assertThat(rs).anySatisfy(r -> assertThat(r.sortByDate()).isTrue());
        // A title without Han characters, or a notice without 文号, gives what it can and no failure.
        assertThat(SearchWarmUp.requests(new SearchWarmUp.Seed("2023-01 OCR ■■", null, null), 1)).isEmpty();
    }

    @Test
    void itSearchesTheLibraryWritingNothingAndStopsWhenAsked() throws Exception {
        Map<Path, Long> before = sizes();
        SearchWarmUp.Result r = library.warmUp(() -> false);
        assertThat(r.cancelled()).isFalse();
        assertThat(r.searches()).isGreaterThan(30);
        assertThat(r.suggestions()).isGreaterThan(10);
        assertThat(sizes()).isEqualTo(before);

        AtomicInteger asked = new AtomicInteger();
        SearchWarmUp.Result stopped = library.warmUp(() -> asked.incrementAndGet() > 3);
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.searches()).isLessThan(r.searches());
    }

    private static Map<Path, Long> sizes() throws Exception {
        Map<Path, Long> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(library.folder())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.getLastModifiedTime(p).toMillis() ^ Files.size(p));
            }
        }
        return out;
    }
}
