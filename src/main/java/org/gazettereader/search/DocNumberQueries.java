// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The clause for a {@link TypedDocNumber}: the notice whose 文号 is exactly the one typed scores far
 * above everything; a notice with the same year and serial but another agency still matches, lower,
 * since people misremember the agency more often than the numbers.
 */
final class DocNumberQueries {
    static final float EXACT = 50f;
    static final float NUMBERS_ONLY = 30f;
    static final float OTHER_AGENCY = 5f;

    private DocNumberQueries() {
    }

    static Query of(TypedDocNumber t) {
        Query numbers = new TermQuery(new Term(Fields.DOC_YEAR_SERIAL.field(), TypedDocNumber.yearSerial(t.year(), t.serial())));
        if (t.agency() == null) {
            return new BoostQuery(numbers, NUMBERS_ONLY);
        }
        Query exact;
        if (t.agencyInLetters()) {
            exact = new BooleanQuery.Builder()
                    .add(numbers, Occur.MUST)
                    .add(new TermQuery(new Term(Fields.DOC_AGENCY_PINYIN.field(), Pinyin.lower(t.agency()))), Occur.MUST)
                    .build();
        } else {
            exact = new TermQuery(new Term(Fields.DOC_NUMBER.field(), t.canonical()));
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(exact, EXACT), Occur.SHOULD)
                .add(new BoostQuery(numbers, OTHER_AGENCY), Occur.SHOULD)
                .build();
    }
}
