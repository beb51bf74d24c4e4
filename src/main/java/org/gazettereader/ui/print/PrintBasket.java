// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import java.util.Collection;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gazettereader.model.LibraryNotice;

/** Notices collected for printing across issues, in the order they will print. */
public final class PrintBasket {
    private final ObservableList<LibraryNotice> notices = FXCollections.observableArrayList();

    public ObservableList<LibraryNotice> notices() {
        return notices;
    }

    /** Adds notices not already in the basket; returns how many were added. */
    public int addAll(Collection<LibraryNotice> add) {
        int n = 0;
        for (LibraryNotice ln : add) {
            boolean present = notices.stream().anyMatch(x -> x.notice().id().equals(ln.notice().id()));
            if (!present) {
                notices.add(ln);
                n++;
            }
        }
        return n;
    }

    public void move(int index, int delta) {
        int to = index + delta;
        if (index < 0 || index >= notices.size() || to < 0 || to >= notices.size()) {
            return;
        }
        LibraryNotice n = notices.remove(index);
        notices.add(to, n);
    }
}
