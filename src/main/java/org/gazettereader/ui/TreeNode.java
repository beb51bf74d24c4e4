// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Anchor;

/** One node of the library tree: what it is, its label, and what opening it shows. */
public record TreeNode(Kind kind, String label, Long issueId, LibraryNotice notice, Anchor anchor) {
    /** The levels of the tree, gazette › year › issue › section › notice › heading, plus the contents page. */
    public enum Kind { ROOT, GAZETTE, YEAR, ISSUE, CONTENTS, SECTION, NOTICE, HEADING }

    @Override
    public String toString() {
        return label;
    }
}
