// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.time.LocalDateTime;
import java.util.List;
import org.gazettereader.config.Problem;
import org.gazettereader.model.LibraryNotice;

/**
 * What to export: notices in order, an optional page range (for a single notice, pages of its
 * typeset output, 1-based and inclusive), the time of printing for the footer, and the public
 * terminal it is printed at (its name goes in every page's footer; null or blank: none).
 */
public record ExportRequest(List<LibraryNotice> notices, Integer fromPage, Integer toPage, LocalDateTime printedAt,
                            String terminal) {
    /** An export made outside a public terminal. */
    public ExportRequest(List<LibraryNotice> notices, Integer fromPage, Integer toPage, LocalDateTime printedAt) {
        this(notices, fromPage, toPage, printedAt, null);
    }

    public ExportRequest {
        terminal = terminal == null || terminal.isBlank() ? null : terminal.strip();
        notices = List.copyOf(notices);
        if (notices.isEmpty()) {
            throw new ExportException(Problem.of("export.nothing"));
        }
        if ((fromPage != null || toPage != null) && notices.size() != 1) {
            throw new ExportException(Problem.of("export.rangeOfOne", notices.size()));
        }
    }

    public static ExportRequest of(List<LibraryNotice> notices) {
        return new ExportRequest(notices, null, null, LocalDateTime.now());
    }
}
