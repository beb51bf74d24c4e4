// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.gazettereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a person types, and the notice(s) that must rank first. */
class RelevanceTest extends OnTheSample {
    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("知识产权", List.of("吕政发〔2023〕2号")),
                Arguments.of("吕政发〔2023〕2号", List.of("吕政发〔2023〕2号")),
                Arguments.of("吕政发[2023]2号", List.of("吕政发〔2023〕2号")),
                Arguments.of("吕政发(2023)2号", List.of("吕政发〔2023〕2号")),
                Arguments.of("吕政发〔2023〕第2号", List.of("吕政发〔2023〕2号")),
                Arguments.of("吕政发（２０２３）２号", List.of("吕政发〔2023〕2号")),
                Arguments.of("zscq", List.of("吕政发〔2023〕2号")),
                Arguments.of("zhishichanquan", List.of("吕政发〔2023〕2号")),
                Arguments.of("垃圾分类", List.of("吕政办发〔2022〕65号")),
                Arguments.of("ljfl", List.of("吕政办发〔2022〕65号")),
                Arguments.of("文物保护", List.of("吕政函〔2022〕94号", "吕政函〔2022〕93号")),
                Arguments.of("赵如宁", List.of("吕政任〔2023〕1号")),
                Arguments.of("\"知识产权保护\"", List.of("吕政发〔2023〕2号")),
                Arguments.of("文物 -第二批", List.of("吕政函〔2022〕93号")),
                Arguments.of("妇女 儿童", List.of("吕政发〔2022〕18号")),
                Arguments.of("医疗保险", List.of("吕政办发〔2022〕61号")),
                Arguments.of("重特大疾病", List.of("吕政办发〔2022〕61号")),
                Arguments.of("中试基地", List.of("吕科发〔2022〕18号")),
                Arguments.of("便民经营点", List.of("吕政函〔2023〕6号")),
                Arguments.of("自行车", List.of("吕政函〔2023〕10号")),
                Arguments.of("固体废弃物", List.of("吕政办发〔2022〕63号")),
                Arguments.of("农村消费", List.of("吕政办发〔2023〕1号")),
                Arguments.of("能源产业 融合发展", List.of("吕政办函〔2023〕3号")),
                Arguments.of("刑事司法", List.of("吕城发〔2022〕68号")),
                Arguments.of("科学技术研究院", List.of("吕政函〔2023〕3号")),
                Arguments.of("吕政办发 [2022] 61 号", List.of("吕政办发〔2022〕61号")),
                Arguments.of("8228663", List.of("吕政发〔2022〕18号")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void ranksFirst(String query, List<String> expected) throws Exception {
        List<SearchHit> hits = library.searcher().search(SearchRequest.of(query)).hits();
        assertThat(hits).hasSizeGreaterThanOrEqualTo(expected.size());
        assertThat(hits.subList(0, expected.size())).extracting(SearchHit::docNumber)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void noHitsMeansNone() throws Exception {
        for (String q : List.of("xyzzy", "核聚变反应堆", "@@@", "\"\"", "-知识产权", "吕政发〔1999〕999号")) {
            assertThat(library.searcher().search(SearchRequest.of(q)).hits()).as(q).isEmpty();
        }
    }

    @Test
    void sectionFilterNarrowsAndFacetsCount() throws Exception {
        SearchResult all = library.searcher().search(SearchRequest.of("实施"));
        assertThat(all.facets().get("section")).extracting(org.gazettereader.model.Facet::value)
                .contains("市政府文件", "市政府办公室文件");
        int office = all.facets().get("section").stream().filter(f -> f.value().equals("市政府办公室文件"))
                .findFirst().orElseThrow().count();
        SearchResult filtered = library.searcher().search(SearchRequest.builder("实施").section("市政府办公室文件").build());
        assertThat(filtered.total()).isEqualTo(office).isLessThan(all.total());
        assertThat(filtered.hits()).allMatch(h -> h.docNumber().startsWith("吕政办"));
        assertThat(library.searcher().search(SearchRequest.builder("规划").type("批复").build()).hits())
                .extracting(SearchHit::docNumber).isNotEmpty().isSubsetOf("吕政函〔2023〕6号", "吕政函〔2023〕10号");
    }

    @Test
    void orWidensAndDateSortOrders() throws Exception {
        SearchResult or = library.searcher().search(SearchRequest.of("赵如宁 OR 便民经营点"));
        assertThat(or.hits()).extracting(SearchHit::docNumber).containsExactlyInAnyOrder("吕政任〔2023〕1号", "吕政函〔2023〕6号");
        List<SearchHit> byDate = library.searcher().search(SearchRequest.of("吕梁").sortedByDate(true).withLimit(50)).hits();
        for (int i = 1; i < byDate.size(); i++) {
            assertThat(byDate.get(i).signed()).isBeforeOrEqualTo(byDate.get(i - 1).signed());
        }
    }

    @Test
    void snippetsHighlightTheWords() throws Exception {
        SearchHit first = library.searcher().search(SearchRequest.of("垃圾分类")).hits().get(0);
        assertThat(first.snippet().marked("<b>", "</b>")).contains("<b>垃圾分类</b>");
        assertThat(first.snippet().text().length()).isLessThan(130);
    }

    @Test
    void aPinyinQueryMarksTheHanWordsItSpells() throws Exception {
        for (String q : List.of("zscq", "ZhiShiChanQuan")) {
            SearchHit first = library.searcher().search(SearchRequest.of(q)).hits().get(0);
            assertThat(first.words()).as(q).contains("知识产权");
            assertThat(first.snippet().marked("<b>", "</b>")).as(q).contains("<b>知识产权</b>");
        }
        SearchHit garbage = library.searcher().search(SearchRequest.of("ljfl")).hits().get(0);
        assertThat(garbage.words()).contains("垃圾分类");
    }

    @Test
    void suggestionsForTitlesDocNumbersAndPinyin() throws Exception {
        assertThat(library.searcher().suggest("zscq", 5)).extracting(Suggestion::docNumber).first().isEqualTo("吕政发〔2023〕2号");
        assertThat(library.searcher().suggest("zs", 5)).extracting(Suggestion::docNumber).contains("吕政发〔2023〕2号");
        assertThat(library.searcher().suggest("吕政办发[2022", 10)).extracting(Suggestion::docNumber)
                .contains("吕政办发〔2022〕61号", "吕政办发〔2022〕63号", "吕政办发〔2022〕65号");
        assertThat(library.searcher().suggest("便民", 5)).extracting(Suggestion::docNumber).containsExactly("吕政函〔2023〕6号");
    }
}
