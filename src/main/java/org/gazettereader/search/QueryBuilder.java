// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gazettereader.model.DocNumber;

/**
 * Builds the Lucene query for a {@link SearchRequest}. A term matches when its characters stand
 * in the title or the body (a phrase of CJK bigrams), when it is the notice's 文号 in any variant,
 * its issuer, or (letters only) the pinyin or pinyin initials of title words. SmartChinese words
 * only add to the score.
 */
final class QueryBuilder {
    private final Analyzer bigrams = Analyzers.bigrams();
    private final Analyzer words = Analyzers.words();

    /** The query, and whether the input was cut to the term limit. */
    record Built(Query query, boolean truncated, boolean matchesNothing) {
    }

    Built build(SearchRequest r) {
        String text = r.query() == null ? "" : r.query();
        UserQuery uq = DocNumber.parse(text).isPresent()
                ? new UserQuery(List.of(List.of(text.strip())), List.of(), false)
                : UserQuery.parse(text);
        BooleanQuery words = words(uq);
        Query docNumber = TypedDocNumber.parse(text).map(DocNumberQueries::of).orElse(null);
        if (words == null && docNumber == null) {
            return new Built(new MatchNoDocsQuery(), uq.truncated(), true);
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        if (docNumber == null) {
            words.clauses().forEach(top::add); // the common case stays one flat query
        } else if (words == null) {
            top.add(docNumber, Occur.MUST);
        } else {
            // 2023 6: the notice numbered 〔2023〕6号 first, then the notices holding both numbers.
            top.add(new BooleanQuery.Builder().add(docNumber, Occur.SHOULD).add(words, Occur.SHOULD).build(), Occur.MUST);
        }
        filters(top, r);
        return new Built(top.build(), uq.truncated(), false);
    }

    /** The words typed, all required, or null when one of them can match nothing. */
    private BooleanQuery words(UserQuery uq) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        int must = 0;
        for (List<String> group : PinyinRuns.join(uq.required())) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            int n = 0;
            for (String t : group) {
                Query q = t.indexOf(PinyinRuns.SEPARATOR) >= 0 ? spacedPinyin(t) : match(t);
                if (q != null) {
                    alternatives.add(q, Occur.SHOULD);
                    n++;
                    score(top, t);
                }
            }
            if (n == 0) {
                // A word that can match nothing (symbols only) makes the whole AND match nothing.
                return null;
            }
            top.add(alternatives.build(), Occur.MUST);
            must++;
        }
        for (String t : uq.excluded()) {
            Query q = match(t);
            if (q != null) {
                top.add(q, Occur.MUST_NOT);
            }
        }
        return must == 0 ? null : top.build();
    }

    /**
     * Syllables typed apart (wen wu bao hu, joined by {@link PinyinRuns#SEPARATOR}): as one word
     * (wenwubaohu), or each syllable group as a word of its own.
     */
    private Query spacedPinyin(String run) {
        String[] parts = run.split(String.valueOf(PinyinRuns.SEPARATOR));
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        for (String p : parts) {
            Query q = match(p);
            if (q == null) {
                return match(String.join("", parts));
            }
            each.add(q, Occur.MUST);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(match(String.join("", parts)), Occur.SHOULD)
                .add(each.build(), Occur.SHOULD);
        if (parts.length > 2 && java.util.Arrays.stream(parts).allMatch(p -> PinyinSyllables.split(p).size() == 1)) {
            // One syllable a word typed (fu nü er tong): most words are two characters, so also 妇女 + 儿童.
            BooleanQuery.Builder pairs = new BooleanQuery.Builder();
            for (int i = 0; i < parts.length; i += 2) {
                Query q = match(i + 1 < parts.length ? parts[i] + parts[i + 1] : parts[i]);
                if (q == null) {
                    return any.build();
                }
                pairs.add(q, Occur.MUST);
            }
            any.add(pairs.build(), Occur.SHOULD);
        }
        return any.build();
    }

    /** The clause that decides whether a notice matches {@code term}; null when it can match nothing. */
    Query match(String term) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        Optional<DocNumber> dn = DocNumber.parse(term);
        if (dn.isPresent()) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.DOC_NUMBER.field(), dn.get().canonical())), 50f), Occur.SHOULD);
            n++;
        }
        List<Token> tokens = tokens(bigrams, Fields.TITLE.field(), term);
        if (!tokens.isEmpty()) {
            b.add(new BoostQuery(phrase(Fields.TITLE, tokens), 4f), Occur.SHOULD);
            b.add(phrase(Fields.BODY, tokens), Occur.SHOULD);
            n++;
        }
        String letters = Pinyin.isLetters(term) ? Pinyin.lower(term) : Pinyin.mixed(term);
        if (letters != null && !letters.isEmpty()) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.PINYIN.field(), letters)), 6f), Occur.SHOULD);
            n++;
        }
        if (term.length() <= 60) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.ISSUER.field(), term)), 2f), Occur.SHOULD);
        }
        return n == 0 ? null : b.build();
    }

    /** The characters of {@code term} standing in the title or the body; null when it has none to match. */
    Query textMatch(String term) {
        List<Token> tokens = tokens(bigrams, Fields.TITLE.field(), term);
        if (tokens.isEmpty()) {
            return null;
        }
        return new BooleanQuery.Builder().add(phrase(Fields.TITLE, tokens), Occur.SHOULD)
                .add(phrase(Fields.BODY, tokens), Occur.SHOULD).build();
    }

    /** Title-only match, for suggestions: the characters typed stand in the title. */
    Query titleMatch(String term) {
        List<Token> tokens = tokens(bigrams, Fields.TITLE.field(), term);
        return tokens.isEmpty() ? null : phrase(Fields.TITLE, tokens);
    }

    private void score(BooleanQuery.Builder top, String term) {
        for (Token w : tokens(words, Fields.TITLE_WORDS.field(), term)) {
            top.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE_WORDS.field(), w.term())), 2f), Occur.SHOULD);
        }
    }

    private static Query phrase(Fields field, List<Token> tokens) {
        List<Token> cover = cover(tokens);
        if (cover.size() == 1) {
            return new TermQuery(new Term(field.field(), cover.get(0).term()));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (Token t : cover) {
            p.add(new Term(field.field(), t.term()), t.position());
        }
        return p.build();
    }

    /**
     * The fewest tokens, at their positions, that still cover every character the full list
     * covers: of the overlapping bigrams 中华 华人 人民 民共 共和 和国, a phrase of 中华 人民 共和 和国
     * pins the same seven characters in the same order, and reads half the postings. (Only a text
     * with exactly one other token standing between two of the kept bigrams could match the short
     * phrase and not the full one.)
     */
    static List<Token> cover(List<Token> tokens) {
        if (tokens.size() <= 2) {
            return tokens;
        }
        // A token ending before the one in front of it (tokenizers of other languages) leaves the list as it is.
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() < tokens.get(k - 1).start()) {
                return tokens;
            }
        }
        List<Token> out = new ArrayList<>();
        int covered = tokens.get(0).start();
        int i = 0;
        while (i < tokens.size()) {
            Token best = null;
            while (i < tokens.size() && tokens.get(i).start() <= covered) {
                if (best == null || tokens.get(i).end() > best.end()) {
                    best = tokens.get(i);
                }
                i++;
            }
            if (best == null) {
                covered = tokens.get(i).start(); // a gap (punctuation): the next token starts a new run
                continue;
            }
            if (best.end() > covered) {
                out.add(best);
                covered = best.end();
            }
        }
        return out;
    }

    /** A term of the analysed query text, at its position, covering characters start to end. */
    record Token(String term, int position, int start, int end) {
    }

    /** Tokens with their positions and character offsets, at most 64 per term. */
    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken() && out.size() < 64) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos, offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void filters(BooleanQuery.Builder b, SearchRequest r) {
        if (r.filters().year() != null) {
            b.add(IntPoint.newExactQuery(Fields.YEAR.field(), r.filters().year()), Occur.FILTER);
        }
        keyword(b, Fields.ISSUE, r.filters().issue());
        keyword(b, Fields.SECTION, r.filters().section());
        keyword(b, Fields.ISSUER, r.filters().issuer());
        keyword(b, Fields.TYPE, r.filters().type());
        keyword(b, Fields.GAZETTE, r.filters().gazette());
        if (r.filters().from() != null || r.filters().to() != null) {
            long from = r.filters().from() == null ? Long.MIN_VALUE + 1 : r.filters().from().toEpochDay();
            long to = r.filters().to() == null ? Long.MAX_VALUE : r.filters().to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.SIGNED.field(), from, to), Occur.FILTER);
        }
    }

    private static void keyword(BooleanQuery.Builder b, Fields f, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(f.field(), value)), Occur.FILTER);
        }
    }
}
