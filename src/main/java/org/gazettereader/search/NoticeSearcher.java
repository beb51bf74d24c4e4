// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.gazettereader.model.Facet;
import org.gazettereader.model.SearchHit;
import org.gazettereader.model.Snippet;

/**
 * Searches the index: ranked or date-sorted hits, facet counts over all matches, highlighted
 * snippets from the paragraph that holds the words (read from the library, not stored twice in
 * the index), suggestions.
 */
public final class NoticeSearcher {
    /** Where snippet text comes from: the library. */
    @FunctionalInterface
    public interface TextSource {
        /** The first paragraph of the notice that holds one of {@code words}, else its first paragraph. */
        String passage(String noticeId, List<String> words);
    }

    static final int MAX_LIMIT = 1000;
    private static final int SNIPPET_HITS = 20;

    private final NoticeIndex index;
    private final TextSource texts;
    private final QueryBuilder builder = new QueryBuilder();
    private final DidYouMean didYouMean = new DidYouMean(builder);
    private volatile SortedSetDocValuesReaderState facetState;
    private volatile IndexReader facetReader;

    public NoticeSearcher(NoticeIndex index, TextSource texts) {
        this.index = index;
        this.texts = texts;
    }

    public SearchResult search(SearchRequest r) throws IOException {
        QueryBuilder.Built built = builder.build(r);
        if (built.matchesNothing()) {
            return new SearchResult(0, List.of(), Map.of(), built.truncated());
        }
        int limit = Math.max(1, Math.min(MAX_LIMIT, r.limit()));
        SearcherManager manager = index.current();
        if (manager == null) {
            return new SearchResult(0, List.of(), Map.of(), built.truncated());
        }
        IndexSearcher s = manager.acquire();
        SearchResult found;
        try {
            FacetsCollectorManager.FacetsResult result;
            if (r.sortByDate()) {
                Sort sort = new Sort(new SortField(Fields.SIGNED_SORT.field(), SortField.Type.LONG, true), SortField.FIELD_SCORE);
                result = FacetsCollectorManager.search(s, built.query(), limit, sort, true, new FacetsCollectorManager());
            } else {
                result = FacetsCollectorManager.search(s, built.query(), limit, new FacetsCollectorManager());
            }
            FacetsCollector fc = result.facetsCollector();
            int total = fc.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
            Map<String, List<Facet>> facets = facets(s.getIndexReader(), fc);
            // Only a query that found little pays for a correction.
            String better = total <= DidYouMean.FEW ? didYouMean.suggest(s, r, total) : null;
            found = new SearchResult(total, hits(s, result.topDocs(), r.query()), facets, built.truncated(), better);
        } finally {
            manager.release(s);
        }
        return withSnippets(found);
    }

    /** Snippets for the first hits, read from the library once the index is released. */
    private SearchResult withSnippets(SearchResult r) {
        List<SearchHit> hits = new ArrayList<>(r.hits().size());
        for (SearchHit h : r.hits()) {
            if (hits.size() < SNIPPET_HITS) {
                String passage = texts.passage(h.id(), h.words());
                h = new SearchHit(h.id(), h.docNumber(), h.title(), h.gazette(), h.issue(), h.signed(), h.score(),
                        passage == null ? Snippet.EMPTY : Snippets.highlight(passage, h.words()), h.words(), h.document());
            }
            hits.add(h);
        }
        return new SearchResult(r.total(), hits, r.facets(), r.truncated(), r.didYouMean());
    }

    private List<SearchHit> hits(IndexSearcher s, TopDocs top, String query) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        var stored = s.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            String id = d.get(Fields.ID.field());
            String title = d.get(Fields.TITLE.field());
            List<String> words = Snippets.words(query, title);
            var signed = d.getField(Fields.SIGNED.field());
            hits.add(new SearchHit(id, d.get(Fields.DOC_NUMBER.field()), title,
                    d.get(Fields.GAZETTE.field()), d.get(Fields.ISSUE.field()),
                    signed == null ? null : LocalDate.ofEpochDay(signed.numericValue().longValue()),
                    Float.isNaN(sd.score) ? 0f : sd.score, null, words,
                    NoticeDocuments.DOCUMENT.equals(d.get(Fields.KIND.field()))));
        }
        return hits;
    }

    private Map<String, List<Facet>> facets(IndexReader reader, FacetsCollector fc) throws IOException {
        SortedSetDocValuesReaderState state = facetState(reader);
        Map<String, List<Facet>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : NoticeDocuments.FACETS) {
            List<Facet> values = new ArrayList<>();
            try {
                FacetResult fr = counts.getTopChildren(50, dim);
                if (fr != null) {
                    for (LabelAndValue lv : fr.labelValues) {
                        values.add(new Facet(lv.label, lv.value.intValue()));
                    }
                }
            } catch (IllegalArgumentException e) {
                // this dimension has no values in the index yet
            }
            out.put(dim, values);
        }
        return out;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetReader != reader) {
            synchronized (this) {
                if (facetReader != reader) {
                    try {
                        facetState = new DefaultSortedSetDocValuesReaderState(reader, index.facets());
                    } catch (IllegalArgumentException e) {
                        facetState = null; // no facet fields yet (empty index)
                    }
                    facetReader = reader;
                }
            }
        }
        return facetState;
    }

    /**
     * Up to {@code n} notices whose title contains, whose 文号 starts with, or whose pinyin starts with
     * {@code prefix}, in the order the same text typed as a search ranks them (a list that disagrees
     * with the results confuses); notices the search does not find follow.
     */
    public List<Suggestion> suggest(String prefix, int n) throws IOException {
        String p = prefix == null ? "" : prefix.strip();
        if (p.isEmpty() || p.length() > 100) {
            return List.of();
        }
        BooleanQuery.Builder prefixes = new BooleanQuery.Builder();
        if (Pinyin.isLetters(p) || (p.length() == 1 && Character.isLetter(p.charAt(0)) && p.charAt(0) < 0x80)) {
            prefixes.add(new BoostQuery(new PrefixQuery(new Term(Fields.PINYIN.field(), Pinyin.lower(p))), 2f), Occur.SHOULD);
        }
        String doc = p.replaceAll("[\\s　]+", "").replaceAll("[\\[（(【［]", "〔").replaceAll("[\\]）)】］]", "〕");
        prefixes.add(new BoostQuery(new PrefixQuery(new Term(Fields.DOC_NUMBER.field(), doc)), 3f), Occur.SHOULD);
        Query title = builder.titleMatch(p);
        if (title != null) {
            prefixes.add(title, Occur.SHOULD);
        }
        // What is suggested is what the prefixes match; the order is the search's: its score alone ranks
        // them, and notices it does not find (a 文号 or pinyin typed halfway) follow.
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(prefixes.build(), Occur.FILTER);
        QueryBuilder.Built asSearch = builder.build(SearchRequest.of(p));
        if (!asSearch.matchesNothing()) {
            b.add(asSearch.query(), Occur.SHOULD);
        }
        SearcherManager manager = index.current();
        if (manager == null) {
            return List.of();
        }
        IndexSearcher s = manager.acquire();
        try {
            TopDocs top = s.search(b.build(), n * 2);
            Set<String> seen = new LinkedHashSet<>();
            List<Suggestion> out = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                String t = d.get(Fields.TITLE.field());
                if (seen.add(t) && out.size() < n) {
                    out.add(new Suggestion(d.get(Fields.ID.field()), t, d.get(Fields.DOC_NUMBER.field())));
                }
            }
            return out;
        } finally {
            manager.release(s);
        }
    }
}
