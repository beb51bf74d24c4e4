// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

/**
 * The index's field names in one place. {@link #INDEX_VERSION} changes whenever a field or an
 * analyzer changes; an index written with another version is rebuilt from the library.
 */
public enum Fields {
    /** Notice id, stored; the key for updates. */
    ID("id"),
    /** The issue's library id, for deleting an issue's notices. */
    ISSUE_ID("issue_id"),
    /** The gazette's name; absent for a single document. */
    GAZETTE("gazette"),
    /**
     * "document" for a single document, stored; absent for a notice of an issue (indexes written
     * before documents existed hold only those, so they need no rebuild).
     */
    KIND("kind"),
    /** "2023/1"; absent for a single document. */
    ISSUE("issue"),
    /** The issue's year, or a single document's own (the year it was signed). */
    YEAR("year"),
    SECTION("section"),
    ISSUER("issuer"),
    TYPE("type"),
    /** Canonical 文号 (吕政办发〔2022〕61号), exact. */
    DOC_NUMBER("doc_number"),
    DOC_AGENCY("doc_agency"),
    /** The 文号's year and serial, "2023/6": a 文号 typed without its agency, or with it in pinyin. */
    DOC_YEAR_SERIAL("doc_year_serial"),
    /** The 文号 agency's pinyin initials (吕政函 → lzh) and full pinyin (lvzhenghan). */
    DOC_AGENCY_PINYIN("doc_agency_pinyin"),
    /** Title, CJK bigrams (phrase matches are substring matches). */
    TITLE("title"),
    /** Title, SmartChinese words (ranking on whole words; the body has bigrams only, for import speed). */
    TITLE_WORDS("title_words"),
    /** Body and attachments, CJK bigrams; not stored (snippets come from the library). */
    BODY("body"),
    /** Full pinyin and initials of the title's words and word runs (zhishichanquan, zscq). */
    PINYIN("pinyin"),
    /** Signing date as epoch day: range filter and stored value; absent when the notice has no date. */
    SIGNED("signed"),
    /** Signing date as epoch day for sorting, in every document (undated notices sort last). */
    SIGNED_SORT("signed_sort");

    /** Bump on any change to fields or analyzers. */
    public static final int INDEX_VERSION = 5;

    private final String name;

    Fields(String name) {
        this.name = name;
    }

    public String field() {
        return name;
    }
}
