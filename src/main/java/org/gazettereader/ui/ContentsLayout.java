// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gazettereader.model.Anchor;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.Messages;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.typeset.Align;
import org.gazettereader.typeset.Paragraph;
import org.gazettereader.typeset.TextStyle;

/** An issue's contents page as paragraphs: sections and each notice's title, 文号 and printed page. */
final class ContentsLayout {
    private ContentsLayout() {
    }

    static List<Paragraph> paragraphs(List<LibraryNotice> notices, Messages m) {
        List<Paragraph> out = new ArrayList<>();
        String gazette = notices.isEmpty() ? "" : new GazetteNames(m).name(notices.get(0).gazette(), notices.get(0).document());
        out.add(new Paragraph(0, Anchor.TITLE, m.get("tree.contents"), TextStyle.TITLE, Align.CENTER, false, 0, null, null));
        if (!notices.isEmpty()) {
            out.add(new Paragraph(0, Anchor.DOC_NUMBER, m.get("reader.contentsOf", gazette,
                    notices.get(0).year() == null ? "?" : String.valueOf(notices.get(0).year()),
                    notices.get(0).issue() == null ? "?" : notices.get(0).issue()), TextStyle.DOC_NUMBER, Align.CENTER, false, 0.5, null, null));
        }
        String section = null;
        int block = 0;
        for (LibraryNotice ln : notices) {
            var n = ln.notice();
            if (n.section() != null && !Objects.equals(n.section(), section)) {
                section = n.section();
                out.add(new Paragraph(0, block++, section, TextStyle.HEADING1, Align.LEFT, false, 1, null, null));
            }
            String entry = n.title() + (n.docNumber() == null ? "" : "（" + n.docNumber() + "）")
                    + (n.tocPage() == null ? "" : "……" + n.tocPage());
            out.add(new Paragraph(0, block++, entry, TextStyle.BODY, Align.LEFT, true, 0.3, null, null).keptTogether());
        }
        return out;
    }
}
