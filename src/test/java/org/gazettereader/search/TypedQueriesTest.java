// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazettereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relevance set {@code docs/bench/queries-typed-50.tsv}: 文号, pinyin and slips typed as people
 * type them, each with the notice that must rank first on the sample (through the did-you-mean
 * offer when the query as typed finds nothing).
 */
class TypedQueriesTest extends OnTheSample {
    static final Path SET = Path.of("docs", "bench", "queries-typed-50.tsv");

    static Stream<Arguments> queries() throws Exception {
        return Files.readAllLines(SET, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).map(p -> Arguments.of(p[0], p[1], p[2]));
    }

    @Test
    void theSetHoldsFiftyQueries() throws Exception {
        assertThat(queries()).hasSize(50);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("queries")
    void ranksFirst(String query, String id, String docNumber) throws Exception {
        SearchResult r = library.searcher().search(SearchRequest.of(query));
        if (r.hits().isEmpty()) {
            assertThat(r.didYouMean()).as("a query that finds nothing offers a correction").isNotNull();
            r = library.searcher().search(SearchRequest.of(r.didYouMean()));
        }
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).id()).as(r.hits().get(0).docNumber()).isEqualTo(id);
    }

    @Test
    void slipsOfTheInputMethodOfferTheLibrarysWordAndSearchWhatWasTyped() throws Exception {
        SearchResult slip = library.searcher().search(SearchRequest.of("知识产全"));
        assertThat(slip.didYouMean()).isEqualTo("知识产权");
        assertThat(slip.hits()).isEmpty();
        assertThat(library.searcher().search(SearchRequest.of("垃圾分累")).didYouMean()).isEqualTo("垃圾分类");
        assertThat(library.searcher().search(SearchRequest.of("文物保護 单位")).didYouMean()).isEqualTo("文物保护 单位");
        assertThat(library.searcher().search(SearchRequest.of("便民经营典")).didYouMean()).isEqualTo("便民经营点");
    }

    @Test
    void noCorrectionForWhatIsFoundOrForWhatTheLibraryDoesNotKnow() throws Exception {
        assertThat(library.searcher().search(SearchRequest.of("知识产权")).didYouMean()).isNull();
        assertThat(library.searcher().search(SearchRequest.of("核聚变反应堆")).didYouMean()).isNull();
        assertThat(library.searcher().search(SearchRequest.of("xyzzy")).didYouMean()).isNull();
        assertThat(library.searcher().search(SearchRequest.of("@@@")).didYouMean()).isNull();
    }

    @Test
    void aCorrectionKeepsTheFilters() throws Exception {
        SearchRequest in2022 = SearchRequest.builder("知识产全").year(2022).build();
        assertThat(library.searcher().search(in2022).didYouMean()).as("the sample is one issue of 2023: nothing of 2022 holds 知识产权").isNull();
    }

    @Test
    void numbersOnlyRankTheNoticeOfThatYearAndSerialFirst() throws Exception {
        List<SearchHit> hits = library.searcher().search(SearchRequest.of("2023 6")).hits();
        assertThat(hits.get(0).docNumber()).isEqualTo("吕政函〔2023〕6号");
        assertThat(library.searcher().search(SearchRequest.of("吕政函20236")).hits()).as("year and serial run together")
                .noneMatch(h -> "吕政函〔2023〕6号".equals(h.docNumber()) && h.score() > 40);
    }

    @Test
    void suggestionsComeInTheOrderOfTheResults() throws Exception {
        for (String q : List.of("文物保护", "文物", "规划", "吕梁市人民政府关于公布", "知识产权")) {
            List<String> suggested = library.searcher().suggest(q, 8).stream().map(Suggestion::id).toList();
            List<String> results = library.searcher().search(SearchRequest.of(q).withLimit(50)).hits().stream()
                    .map(SearchHit::id).filter(suggested::contains).toList();
            assertThat(suggested).as(q).isNotEmpty().isEqualTo(results);
        }
        assertThat(library.searcher().suggest("文物保护", 5)).extracting(Suggestion::docNumber)
                .containsExactly(library.searcher().search(SearchRequest.of("文物保护")).hits().stream()
                        .map(SearchHit::docNumber).toArray(String[]::new));
    }
}
