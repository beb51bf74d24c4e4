// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import org.gazettereader.config.GazetteNames;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;

/**
 * The texts around an exported page, in Chinese like the page: the header (gazette and issue, or
 * 单篇文件 for a single document, then the 文号) and where the page was printed in the original.
 */
final class RunningHead {
    private final GazetteNames names;

    RunningHead(GazetteNames names) {
        this.names = names;
    }

    /**
     * "吕梁市人民政府公报　2023年第1期　吕政发〔2022〕18号"; for a document, its issuer stands where the issue
     * would: "单篇文件　国务院办公厅　国办发〔2023〕27号".
     */
    String header(LibraryNotice n) {
        Notice notice = n.notice();
        String where = n.document() ? names.documents() + (notice.issuer() == null ? "" : "　" + notice.issuer())
                : names.name(n.gazette(), false) + "　" + unknown(n.year()) + "年第" + unknown(n.issue()) + "期";
        return where + (notice.docNumber() == null ? "" : "　" + notice.docNumber());
    }

    /** The page of the source a typeset page comes from, or "" when unknown. */
    String from(LibraryNotice n, Integer printedPage) {
        String source = n.document() ? "原件" : "原载公报";
        if (printedPage != null) {
            return source + "第 " + printedPage + " 页";
        }
        return n.notice().tocPage() != null ? source + "第 " + n.notice().tocPage() + " 页起" : "";
    }

    /** Who the PDF's author is: the gazette, or a document's issuer. */
    String author(LibraryNotice n) {
        return n.document() ? n.notice().issuer() : n.gazette();
    }

    /** The PDF's title when it holds several notices. */
    String collection(LibraryNotice first, int count) {
        return names.name(first.gazette(), first.document()) + "（" + count + " 篇）";
    }

    private static String unknown(Integer v) {
        return v == null ? "?" : v.toString();
    }
}
