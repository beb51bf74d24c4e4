// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.List;
import java.util.Map;
import org.gazettereader.model.Facet;
import org.gazettereader.model.SearchHit;

/**
 * Hits in rank (or date) order, the total number of matching notices, facet counts per dimension
 * (year, section, issuer, type), whether the query was cut to the term limit, and a corrected query
 * to offer when the one typed found nothing or few notices ({@link #didYouMean()}).
 *
 * @param didYouMean the query the library's own words suggest instead (知识产全 → 知识产权), or null;
 *                   shown as an offer, never searched in place of what was typed
 */
public record SearchResult(int total, List<SearchHit> hits, Map<String, List<Facet>> facets, boolean truncated,
                           String didYouMean) {
    /** A result without a correction to offer. */
    public SearchResult(int total, List<SearchHit> hits, Map<String, List<Facet>> facets, boolean truncated) {
        this(total, hits, facets, truncated, null);
    }
}
