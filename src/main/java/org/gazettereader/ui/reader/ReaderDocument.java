// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.List;
import org.gazettereader.typeset.Paragraph;

/**
 * What the reader shows: a notice, or an issue's contents page; {@code id} is the notice id (null
 * for contents), {@code startPage} the printed gazette page it starts on, when known.
 */
public record ReaderDocument(String id, String title, List<Paragraph> paragraphs, Integer startPage) {
    public ReaderDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
