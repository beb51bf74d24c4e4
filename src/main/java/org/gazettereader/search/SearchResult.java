// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.List;
import java.util.Map;
import org.gazettereader.model.Facet;
import org.gazettereader.model.SearchHit;

/**
 * Hits in rank (or date) order, the total number of matching notices, facet counts per dimension
 * (year, section, issuer, type), and whether the query was cut to the term limit.
 */
public record SearchResult(int total, List<SearchHit> hits, Map<String, List<Facet>> facets, boolean truncated) {
}
