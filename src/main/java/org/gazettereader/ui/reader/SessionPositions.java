// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gazettereader.model.Anchor;

/** Reading positions kept only in memory for one patron's session at a public terminal. */
public final class SessionPositions implements PositionStore {
    private final Map<String, Anchor> places = new ConcurrentHashMap<>();

    @Override
    public void save(String noticeId, Anchor at) {
        places.put(noticeId, at);
    }

    @Override
    public Optional<Anchor> load(String noticeId) {
        return Optional.ofNullable(places.get(noticeId));
    }

    /** Forgets every position of the session. */
    public void forget() {
        places.clear();
    }
}
