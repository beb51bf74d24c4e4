// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.Optional;
import org.gazettereader.model.Anchor;

/** Where the reader keeps each notice's last position (the library, in the application). */
public interface PositionStore {
    void save(String noticeId, Anchor at);

    Optional<Anchor> load(String noticeId);
}
