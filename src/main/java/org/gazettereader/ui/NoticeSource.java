// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.List;
import java.util.function.Supplier;
import org.gazettereader.library.Library;
import org.gazettereader.model.LibraryNotice;

/** Where the window's controllers read notices from; called on a background thread. */
public interface NoticeSource {
    /** The notice with this id or 文号 (several when a 文号 recurs); empty when there is none. */
    List<LibraryNotice> find(String idOrDocNumber);

    /** The notices of one issue, in order. */
    List<LibraryNotice> ofIssue(long issueId);

    /** The library that is open, or nothing before it is (the window opens before its library). */
    static NoticeSource of(Supplier<Library> library) {
        return new NoticeSource() {
            @Override
            public List<LibraryNotice> find(String id) {
                Library lib = library.get();
                return lib == null ? List.of() : lib.find(id);
            }

            @Override
            public List<LibraryNotice> ofIssue(long issueId) {
                Library lib = library.get();
                return lib == null ? List.of() : lib.notices(issueId);
            }
        };
    }
}
