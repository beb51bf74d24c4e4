// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * A corrected query from the library's own words, for a query that finds nothing or few notices:
 * a typed word whose characters stand nowhere is tried with traditional characters simplified
 * (檔案 → 档案), then with one character replaced by a homophone (知识产全 → 知识产权, the commonest
 * input-method slip), then by any character that follows the one before it in the library (one
 * character off). A candidate counts only if the library holds it; the one in most notices wins.
 * The correction is offered, never searched instead of what was typed.
 */
final class DidYouMean {
    /** At most this many hits and a correction is looked for. */
    static final int FEW = 3;
    private static final int MAX_WORD = 12;
    private static final int MAX_COUNTED = 4;
    private static final int MAX_FOLLOWERS = 3000;
    /** Words longer than this are not walked for any one character off (a long phrase that finds nothing is rarely one slip). */
    private static final int MAX_ONE_OFF_WORD = 4;
    /** Looking for a correction stops after this long: it is an offer beside the results, never worth a slow search. */
    private static final long BUDGET_NANOS = 12_000_000L;

    private final QueryBuilder builder;

    DidYouMean(QueryBuilder builder) {
        this.builder = builder;
    }

    /** The corrected query, or null; {@code total} is what {@code r} found. */
    String suggest(IndexSearcher s, SearchRequest r, int total) throws IOException {
        String typed = r.query() == null ? "" : r.query().strip();
        if (total > FEW || typed.isEmpty() || typed.length() > 100) {
            return null;
        }
        long deadline = System.nanoTime() + BUDGET_NANOS;
        String corrected = typed;
        boolean changed = false;
        boolean tried = false;
        for (List<String> group : UserQuery.parse(typed).required()) {
            String word = group.get(0);
            if (group.size() != 1 || !han(word)) {
                continue;
            }
            int found = count(s, word);
            if (found > FEW) {
                continue;
            }
            // The first word always gets its homophones tried (a few term lookups): a busy machine that
            // overran the budget on counting must not lose the most common correction. The budget
            // stops further words and the walk over any other character.
            if (tried && System.nanoTime() > deadline) {
                break;
            }
            tried = true;
            String better = correct(s, word, Math.max(1, found * 3), deadline);
            if (better != null) {
                corrected = corrected.replace(word, better);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        QueryBuilder.Built b = builder.build(r.withQuery(corrected));
        return !b.matchesNothing() && s.count(b.query()) > total ? corrected : null;
    }

    /** The best correction of one word found in at least {@code atLeast} notices, or null. */
    private String correct(IndexSearcher s, String word, int atLeast, long deadline) throws IOException {
        String simple = Homophones.simplified(word);
        if (!simple.equals(word)) {
            if (count(s, simple) >= atLeast) {
                return simple;
            }
            word = simple;
        }
        IndexReader reader = s.getIndexReader();
        Map<String, Integer> homophones = new LinkedHashMap<>();
        for (int i = 0; i < word.length(); i++) {
            for (char c : Homophones.of(word.charAt(i)).toCharArray()) {
                String w = replace(word, i, c);
                int bound = changedBigrams(reader, w, i);
                if (bound >= atLeast) {
                    homophones.put(w, bound);
                }
            }
        }
        String best = best(s, homophones, atLeast);
        if (best != null || word.length() > MAX_ONE_OFF_WORD || System.nanoTime() > deadline) {
            return best;
        }
        // Any other character only when no homophone fits: walking the library's bigrams costs more.
        Map<String, Integer> oneOff = new LinkedHashMap<>();
        for (int i = 1; i < word.length() && System.nanoTime() < deadline; i++) {
            for (char c : followers(reader, word.charAt(i - 1))) {
                String w = replace(word, i, c);
                int bound = c == word.charAt(i) ? 0 : changedBigrams(reader, w, i);
                if (bound >= atLeast) {
                    oneOff.put(w, bound);
                }
            }
        }
        return best(s, oneOff, atLeast);
    }

    /**
     * Counts (with a phrase query each) only the few candidates whose changed bigrams are most
     * common: a candidate cannot stand in more notices than its rarest bigram does, so the look-ups
     * of the bigrams rank them, and a query that finds nothing costs a handful of counts, not dozens.
     */
    private String best(IndexSearcher s, Map<String, Integer> candidates, int atLeast) throws IOException {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(candidates.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        String best = null;
        int most = atLeast - 1;
        for (int k = 0; k < Math.min(MAX_COUNTED, ranked.size()); k++) {
            if (ranked.get(k).getValue() <= most) {
                break; // no later candidate can beat the best counted so far
            }
            int n = count(s, ranked.get(k).getKey());
            if (n > most) {
                most = n;
                best = ranked.get(k).getKey();
            }
        }
        return best;
    }

    /** Notices whose title or body holds {@code word}. */
    private int count(IndexSearcher s, String word) throws IOException {
        Query q = builder.textMatch(word);
        return q == null ? 0 : s.count(q);
    }

    /**
     * In how many bodies the rarer of the bigrams around position {@code i} of {@code w} stands (0
     * when one stands nowhere): an upper bound of the notices holding {@code w}. In the body, which a
     * title's words nearly always stand in too: one look-up a bigram, not two.
     */
    private static int changedBigrams(IndexReader reader, String w, int i) throws IOException {
        int bound = Integer.MAX_VALUE;
        if (i > 0) {
            bound = Math.min(bound, reader.docFreq(new Term(Fields.BODY.field(), w.substring(i - 1, i + 1))));
        }
        if (bound > 0 && i + 1 < w.length()) {
            bound = Math.min(bound, reader.docFreq(new Term(Fields.BODY.field(), w.substring(i, i + 2))));
        }
        return bound;
    }

    /** The characters that follow {@code c} in the library's bodies (the second halves of its bigrams). */
    private static List<Character> followers(IndexReader reader, char c) throws IOException {
        List<Character> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.BODY.field());
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        String prefix = String.valueOf(c);
        if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return out;
        }
        for (BytesRef t = te.term(); t != null && out.size() < MAX_FOLLOWERS; t = te.next()) {
            String term = t.utf8ToString();
            if (!term.startsWith(prefix)) {
                break;
            }
            if (term.length() == 2 && Homophones.common(term.charAt(1))) {
                out.add(term.charAt(1));
            }
        }
        return out;
    }

    private static String replace(String w, int i, char c) {
        return w.substring(0, i) + c + w.substring(i + 1);
    }

    /** Two to {@link #MAX_WORD} characters, all Han. */
    private static boolean han(String w) {
        if (w.length() < 2 || w.length() > MAX_WORD) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
