// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.Samples;
import org.gazettereader.importing.SourceFiles;
import org.gazettereader.model.Issue;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phrases of bigrams keep only the bigrams that cover the text typed, and still find the same notices. */
class PhraseCoverTest {
    @TempDir
    Path dir;

    private static List<String> cover(String text) {
        return QueryBuilder.cover(QueryBuilder.tokens(Analyzers.bigrams(), Fields.BODY.field(), text)).stream()
                .map(t -> t.term() + "@" + t.position()).toList();
    }

    @Test
    void overlappingBigramsAreThinnedToTheOnesThatCoverEveryCharacter() {
        assertThat(cover("中华人民共和国")).containsExactly("中华@0", "人民@2", "共和@4", "和国@5");
        assertThat(cover("知识产权")).containsExactly("知识@0", "产权@2");
        assertThat(cover("吕梁")).containsExactly("吕梁@0");
        // Numbers and Latin words are tokens of their own and are all kept; punctuation starts a new run.
        assertThat(cover("2023年第1期")).containsExactly("2023@0", "年第@1", "1@2", "期@3");
        assertThat(cover("“十四五”规划")).containsExactly("十四@0", "四五@1", "规划@2");
        assertThat(cover("5G网络建设")).containsExactly("5g@0", "网络@1", "建设@3");
    }

    @Test
    void theThinnedPhraseFindsExactlyWhatTheFullPhraseFinds() throws Exception {
        Path file = Samples.copy(Samples.SAMPLE, dir);
        Issue issue = GazetteParser.standard().parse(file, SourceFiles.standard().read(file)).issue();
        List<LibraryNotice> notices = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Notice n : issue.notices()) {
            LibraryNotice ln = new LibraryNotice(1, issue.gazette(), issue.year(), issue.issue(), n);
            notices.add(ln);
            all.append(ln.bodyText()).append('\n');
        }
        String text = all.toString();
        try (NoticeIndex index = NoticeIndex.open(dir.resolve("index"))) {
            index.beginWrite();
            index.replaceIssue(1, notices);
            index.commit(1);
            index.endWrite();
            SearcherManager m = index.current();
            IndexSearcher s = m.acquire();
            try {
                Random random = new Random(20261130);
                int compared = 0;
                for (int i = 0; i < 600; i++) {
                    int start = random.nextInt(text.length() - 30);
                    String typed = text.substring(start, start + 2 + random.nextInt(24)).strip();
                    List<QueryBuilder.Token> tokens = QueryBuilder.tokens(Analyzers.bigrams(), Fields.BODY.field(), typed);
                    if (tokens.size() < 3) {
                        continue;
                    }
                    int full = s.count(phrase(tokens));
                    int thin = s.count(phrase(QueryBuilder.cover(tokens)));
                    assertThat(thin).as("'%s'", typed).isEqualTo(full);
                    if (full > 0) {
                        compared++; // a cut through a word next to punctuation leaves a lone character, which is no term
                    }
                }
                assertThat(compared).as("phrases found in the sample").isGreaterThan(300);
            } finally {
                m.release(s);
            }
        }
    }

    private static Query phrase(List<QueryBuilder.Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(Fields.BODY.field(), tokens.get(0).term()));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        tokens.forEach(t -> p.add(new Term(Fields.BODY.field(), t.term()), t.position()));
        return p.build();
    }
}
