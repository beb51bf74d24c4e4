// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.time.LocalDate;

/** What a person asked for: the typed query, filters (null when unset), sort and how many hits. */
public record SearchRequest(String query, int limit, boolean sortByDate, Integer year, String issue, String section,
                            String issuer, String type, LocalDate from, LocalDate to, String gazette) {
    public static SearchRequest of(String query) {
        return new SearchRequest(query, 20, false, null, null, null, null, null, null, null, null);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, n, sortByDate, year, issue, section, issuer, type, from, to, gazette);
    }

    public SearchRequest withSection(String s) {
        return new SearchRequest(query, limit, sortByDate, year, issue, s, issuer, type, from, to, gazette);
    }

    public SearchRequest withYear(Integer y) {
        return new SearchRequest(query, limit, sortByDate, y, issue, section, issuer, type, from, to, gazette);
    }

    public SearchRequest withType(String t) {
        return new SearchRequest(query, limit, sortByDate, year, issue, section, issuer, t, from, to, gazette);
    }

    public SearchRequest sortedByDate(boolean byDate) {
        return new SearchRequest(query, limit, byDate, year, issue, section, issuer, type, from, to, gazette);
    }
}
