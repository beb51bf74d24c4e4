// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import java.util.List;
import org.gazettereader.model.LibraryNotice;

/**
 * What Ctrl+P finds: the notices checked in the tree, issues checked before they were opened (by
 * id, their notices not loaded yet), and the notice being read (null when none).
 */
public record PrintChoice(List<LibraryNotice> checked, List<Long> checkedIssues, String readingId) {
    public PrintChoice {
        checked = List.copyOf(checked);
        checkedIssues = List.copyOf(checkedIssues);
    }
}
