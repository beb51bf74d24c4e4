// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.ProblemText;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;

/**
 * The texts around an exported page, in Chinese like the page: the header (gazette and issue, or
 * 单篇文件 for a single document, then the 文号) and where the page was printed in the original.
 */
final class RunningHead {
    private final GazetteNames names;
    private final ProblemText text;

    RunningHead(GazetteNames names, ProblemText text) {
        this.names = names;
        this.text = text;
    }

    /**
     * "吕梁市人民政府公报　2023年第1期　吕政发〔2022〕18号"; for a document, its issuer stands where the issue
     * would: "单篇文件　国务院办公厅　国办发〔2023〕27号".
     */
    String header(LibraryNotice n) {
        Notice notice = n.notice();
        String where = n.document()
                ? notice.issuer() == null ? names.documents() : text.get("pdf.head.document", names.documents(), notice.issuer())
                : text.get("pdf.head.issue", names.name(n.gazette(), false), unknown(n.year()), unknown(n.issue()));
        return notice.docNumber() == null ? where : text.get("pdf.head.docNumber", where, notice.docNumber());
    }

    /** The page of the source a typeset page comes from, or "" when unknown. */
    String from(LibraryNotice n, Integer printedPage) {
        if (printedPage != null) {
            return text.get(n.document() ? "pdf.from.original" : "pdf.from.gazette", printedPage.toString());
        }
        Integer start = n.notice().tocPage();
        return start == null ? "" : text.get(n.document() ? "pdf.from.originalStart" : "pdf.from.gazetteStart", start.toString());
    }

    /** Who the PDF's author is: the gazette, or a document's issuer. */
    String author(LibraryNotice n) {
        return n.document() ? n.notice().issuer() : n.gazette();
    }

    /** The PDF's title when it holds several notices. */
    String collection(LibraryNotice first, int count) {
        return text.get("pdf.collection", names.name(first.gazette(), first.document()), Integer.toString(count));
    }

    private static String unknown(Integer v) {
        return v == null ? "?" : v.toString();
    }
}
