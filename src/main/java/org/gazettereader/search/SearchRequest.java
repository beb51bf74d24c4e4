// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.time.LocalDate;

/** What a person asked for: the typed query, the filters, the order and how many hits. */
public record SearchRequest(String query, Filters filters, boolean sortByDate, int limit) {
    public static final int DEFAULT_LIMIT = 20;

    /** Narrowing the hits; null means no filter on that value. */
    public record Filters(Integer year, String issue, String section, String issuer, String type, LocalDate from,
                          LocalDate to, String gazette) {
        public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null);
    }

    public SearchRequest {
        filters = filters == null ? Filters.NONE : filters;
    }

    public static SearchRequest of(String query) {
        return builder(query).build();
    }

    public static Builder builder(String query) {
        return new Builder(query);
    }

    /** A builder holding this request's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(query).limit(limit).sortByDate(sortByDate);
        b.year = filters.year();
        b.issue = filters.issue();
        b.section = filters.section();
        b.issuer = filters.issuer();
        b.type = filters.type();
        b.from = filters.from();
        b.to = filters.to();
        b.gazette = filters.gazette();
        return b;
    }

    /** The same filters, order and limit for another query (a correction offered to the user). */
    public SearchRequest withQuery(String q) {
        return new SearchRequest(q, filters, sortByDate, limit);
    }

    public SearchRequest withLimit(int n) {
        return toBuilder().limit(n).build();
    }

    public SearchRequest sortedByDate(boolean byDate) {
        return toBuilder().sortByDate(byDate).build();
    }

    /** Builds a request; every filter starts unset. */
    public static final class Builder {
        private final String query;
        private int limit = DEFAULT_LIMIT;
        private boolean sortByDate;
        private Integer year;
        private String issue;
        private String section;
        private String issuer;
        private String type;
        private LocalDate from;
        private LocalDate to;
        private String gazette;

        private Builder(String query) {
            this.query = query;
        }

        public Builder limit(int n) {
            limit = n;
            return this;
        }

        public Builder sortByDate(boolean byDate) {
            sortByDate = byDate;
            return this;
        }

        public Builder year(Integer y) {
            year = y;
            return this;
        }

        /** "2023/1": year and issue number within it. */
        public Builder issue(String yearSlashNumber) {
            issue = yearSlashNumber;
            return this;
        }

        public Builder section(String s) {
            section = s;
            return this;
        }

        public Builder issuer(String s) {
            issuer = s;
            return this;
        }

        public Builder type(String t) {
            type = t;
            return this;
        }

        /** Signed on or after {@code f}, on or before {@code t}; either may be null. */
        public Builder signed(LocalDate f, LocalDate t) {
            from = f;
            to = t;
            return this;
        }

        public Builder gazette(String g) {
            gazette = g;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, new Filters(year, issue, section, issuer, type, from, to, gazette), sortByDate,
                    limit);
        }
    }
}
