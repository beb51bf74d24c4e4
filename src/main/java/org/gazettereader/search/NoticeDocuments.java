// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.gazettereader.model.DocNumber;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;

/** One Lucene document per notice. */
final class NoticeDocuments {
    static final String[] FACETS = {"year", "section", "issuer", "type"};
    static final long NO_DATE = Long.MIN_VALUE;
    /** The value of {@link Fields#KIND} for a single document. */
    static final String DOCUMENT = "document";

    private final Pinyin pinyin;
    private final FacetsConfig facets;

    NoticeDocuments(Pinyin pinyin, FacetsConfig facets) {
        this.pinyin = pinyin;
        this.facets = facets;
    }

    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    Document build(LibraryNotice ln) throws java.io.IOException {
        Notice n = ln.notice();
        Document d = new Document();
        d.add(new StringField(Fields.ID.field(), n.id(), Field.Store.YES));
        d.add(new StringField(Fields.ISSUE_ID.field(), Long.toString(ln.issueId()), Field.Store.NO));
        // A single document has no gazette or issue: the fields are absent (never "null"), and it is
        // marked as a document; its year facet and filter take the year it was signed.
        keyword(d, Fields.GAZETTE, ln.document() ? null : ln.gazette());
        keyword(d, Fields.ISSUE, ln.document() ? null : ln.issueKey());
        keyword(d, Fields.KIND, ln.document() ? DOCUMENT : null);
        keyword(d, Fields.SECTION, n.section());
        keyword(d, Fields.ISSUER, n.issuer());
        keyword(d, Fields.TYPE, n.type());
        keyword(d, Fields.DOC_NUMBER, n.docNumber());
        if (n.docNumber() != null) {
            DocNumber.parse(n.docNumber()).ifPresent(dn -> docNumber(d, dn));
        }
        Integer year = ln.filingYear();
        if (year != null) {
            d.add(new IntPoint(Fields.YEAR.field(), year));
            d.add(new StoredField(Fields.YEAR.field(), year));
            d.add(new SortedSetDocValuesFacetField("year", Integer.toString(year)));
        }
        facet(d, "section", n.section());
        facet(d, "issuer", n.issuer());
        facet(d, "type", n.type());
        // Every document carries the same structures for a field name (Lucene 9 refuses a field that
        // has points in one document and only doc values in another): the range field is absent
        // without a date, while the sort field is always there.
        long day = n.signed() == null ? NO_DATE : n.signed().toEpochDay();
        if (n.signed() != null) {
            d.add(new LongPoint(Fields.SIGNED.field(), day));
            d.add(new StoredField(Fields.SIGNED.field(), day));
        }
        d.add(new NumericDocValuesField(Fields.SIGNED_SORT.field(), day));
        String title = n.title() + (n.docNumber() == null ? "" : " " + n.docNumber());
        d.add(new TextField(Fields.TITLE.field(), n.title(), Field.Store.YES));
        d.add(new TextField(Fields.TITLE_WORDS.field(), title, Field.Store.NO));
        String consult = n.consult() == null ? "" : "\n" + (n.consult().unit() == null ? "" : n.consult().unit()) + " "
                + (n.consult().phone() == null ? "" : n.consult().phone());
        String body = (n.recipients() == null ? "" : n.recipients() + "\n") + ln.bodyText() + consult;
        d.add(new TextField(Fields.BODY.field(), body, Field.Store.NO));
        d.add(new TextField(Fields.PINYIN.field(), pinyin.terms(n.title()), Field.Store.NO));
        return facets.build(d);
    }

    /** The parts of a 文号 that people type apart: the agency, in pinyin too, and year with serial. */
    private static void docNumber(Document d, DocNumber dn) {
        d.add(new StringField(Fields.DOC_AGENCY.field(), dn.agency(), Field.Store.NO));
        d.add(new StringField(Fields.DOC_YEAR_SERIAL.field(), TypedDocNumber.yearSerial(dn.year(), dn.serial()), Field.Store.NO));
        String full = Pinyin.spell(dn.agency(), false);
        if (full != null) {
            d.add(new StringField(Fields.DOC_AGENCY_PINYIN.field(), full, Field.Store.NO));
            d.add(new StringField(Fields.DOC_AGENCY_PINYIN.field(), Pinyin.spell(dn.agency(), true), Field.Store.NO));
        }
    }

    private static void keyword(Document d, Fields f, String value) {
        if (value != null) {
            d.add(new StringField(f.field(), value, Field.Store.YES));
        }
    }

    private static void facet(Document d, String dim, String value) {
        if (value != null && !value.isEmpty()) {
            d.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }
}
