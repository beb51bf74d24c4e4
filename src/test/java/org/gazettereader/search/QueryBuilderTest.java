// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;

/** The Lucene query built for what a person typed: clauses, phrases, exclusions, filters, nothing by accident. */
class QueryBuilderTest {
    private final QueryBuilder builder = new QueryBuilder();

    private static long clauses(BooleanQuery q, BooleanClause.Occur occur) {
        return q.clauses().stream().filter(c -> c.getOccur() == occur).count();
    }

    @Test
    void everyTypedWordMustMatchAndExclusionsMustNot() {
        QueryBuilder.Built b = builder.build(SearchRequest.of("知识产权 保护 -规划"));
        assertThat(b.matchesNothing()).isFalse();
        BooleanQuery q = (BooleanQuery) b.query();
        assertThat(clauses(q, BooleanClause.Occur.MUST)).isEqualTo(2);
        assertThat(clauses(q, BooleanClause.Occur.MUST_NOT)).isEqualTo(1);
        assertThat(q.toString()).contains("title:\"知识 ? 产权\"").contains("body:\"知识 ? 产权\"");
    }

    @Test
    void aDocNumberInAnyBracketsIsOneTermForTheCanonicalNumber() {
        for (String typed : new String[] {"吕政发[2023]2号", "吕政发（2023）2号", "吕政发〔2023〕2号"}) {
            assertThat(builder.build(SearchRequest.of(typed)).query().toString()).as(typed)
                    .contains("doc_number:吕政发〔2023〕2号");
        }
    }

    @Test
    void lettersAlsoMatchPinyin() {
        assertThat(builder.build(SearchRequest.of("zscq")).query().toString()).contains("pinyin:zscq");
        assertThat(builder.build(SearchRequest.of("知识")).query().toString()).doesNotContain("pinyin:");
    }

    @Test
    void symbolsOnlyOrNothingMatchNothingWithoutAnError() {
        for (String typed : new String[] {"", "   ", "%%%", "-规划", "（）"}) {
            QueryBuilder.Built b = builder.build(SearchRequest.of(typed));
            assertThat(b.matchesNothing()).as("'%s'", typed).isTrue();
            assertThat(b.query()).isInstanceOf(MatchNoDocsQuery.class);
        }
    }

    @Test
    void filtersNarrowWithoutScoring() {
        SearchRequest r = SearchRequest.builder("规划").year(2023).section("市政府文件").type("批复").gazette("吕梁市人民政府公报")
                .signed(LocalDate.of(2023, 1, 1), null).build();
        BooleanQuery q = (BooleanQuery) builder.build(r).query();
        assertThat(clauses(q, BooleanClause.Occur.FILTER)).isEqualTo(5);
        assertThat(q.toString()).contains("section:市政府文件").contains("type:批复").contains("gazette:吕梁市人民政府公报");
    }

    @Test
    void aVeryLongQueryIsCutAndSaysSo() {
        String typed = "规划 ".repeat(200);
        QueryBuilder.Built b = builder.build(SearchRequest.of(typed));
        assertThat(b.truncated()).isTrue();
        assertThat(clauses((BooleanQuery) b.query(), BooleanClause.Occur.MUST)).isLessThan(200);
    }
}
