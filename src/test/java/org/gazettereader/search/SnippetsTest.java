// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazettereader.model.Snippet;
import org.gazettereader.model.TextMatch;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void marksEveryWordWhereItStandsInTheCutPassage() {
        String passage = "为加强知识产权保护，".repeat(3) + "建立知识产权保护体系";
        Snippet s = Snippets.highlight(passage, List.of("知识产权"));
        assertThat(s.marks()).isNotEmpty().allSatisfy(m -> assertThat(s.text().substring(m.start(), m.end())).isEqualTo("知识产权"));
        assertThat(s.marked("【", "】")).startsWith("为加强【知识产权】保护");
    }

    @Test
    void aLongPassageIsCutAroundTheFirstWordWithEllipses() {
        String passage = "甲".repeat(300) + "垃圾分类" + "乙".repeat(300);
        Snippet s = Snippets.highlight(passage, List.of("垃圾分类"));
        assertThat(s.text()).startsWith("…").endsWith("…");
        assertThat(s.text().length()).isLessThanOrEqualTo(Snippets.LENGTH + 2);
        assertThat(s.marks()).singleElement().satisfies(m -> assertThat(s.text().substring(m.start(), m.end())).isEqualTo("垃圾分类"));
    }

    @Test
    void overlappingWordsMarkTheLongerOnceAndMarkupCharactersStayText() {
        Snippet s = Snippets.highlight("<规划>知识产权规划", List.of("知识", "知识产权", "<"));
        assertThat(s.marked("[", "]")).isEqualTo("[<]规划>[知识产权]规划");
    }

    @Test
    void withoutTheWordsTheSnippetIsThePassageStartUnmarked() {
        Snippet s = Snippets.highlight("第一行\n第二行", List.of("不在其中"));
        assertThat(s.text()).isEqualTo("第一行 第二行");
        assertThat(s.marks()).isEmpty();
    }

    @Test
    void oneMatcherFindsWordsForSnippetsAndTheReader() {
        assertThat(TextMatch.find("知识产权与知识", List.of("知识", "知识产权", "")))
                .containsExactly(new TextMatch(0, 4), new TextMatch(0, 2), new TextMatch(5, 7));
    }

    @Test
    void queryWordsAreTheLiteralOnesWithTheDocNumberCanonicalAndPinyinSpelled() {
        assertThat(Snippets.words("知识产权 -规划")).containsExactly("知识产权");
        assertThat(Snippets.words("吕政发[2023]2号")).containsExactly("吕政发〔2023〕2号");
        assertThat(Snippets.words("zscq", "吕梁市知识产权保护规划")).contains("zscq", "知识产权");
    }
}
