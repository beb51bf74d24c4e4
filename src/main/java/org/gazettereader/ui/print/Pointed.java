// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import java.util.List;
import org.gazettereader.model.LibraryNotice;

/**
 * What the person points at when adding to the basket: notices under the row selected in the
 * library tree ({@code notices}), or one notice by id (the selected search result or the notice
 * being read), or nothing.
 */
public record Pointed(List<LibraryNotice> notices, String noticeId) {
    public static Pointed inTree(List<LibraryNotice> notices) {
        return new Pointed(List.copyOf(notices), null);
    }

    public static Pointed notice(String id) {
        return id == null ? nothing() : new Pointed(null, id);
    }

    public static Pointed nothing() {
        return new Pointed(null, null);
    }
}
