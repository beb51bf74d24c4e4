// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Anchor;

/** One node of the library tree: what it is, its label, and what opening it shows. */
public record TreeNode(Kind kind, String label, Long issueId, LibraryNotice notice, Anchor anchor) {
    /**
     * The levels of the tree: gazette › year › issue › section › notice › heading, plus the contents
     * page; single documents › issuer › year › notice; a law's articles under its headings.
     */
    public enum Kind { ROOT, GAZETTE, YEAR, ISSUE, CONTENTS, SECTION, NOTICE, HEADING, DOCUMENTS, ISSUER, ARTICLE }

    /** A place in a notice's text: a heading, an attachment or an article (opening it shows that place). */
    public boolean isPlace() {
        return (kind == Kind.HEADING || kind == Kind.ARTICLE) && notice != null;
    }

    /** The 文号 of a notice, shown under its title; null for other nodes and for notices without one. */
    public String secondary() {
        return kind == Kind.NOTICE && notice != null ? notice.notice().docNumber() : null;
    }

    /** True when the label or the 文号 contains {@code text} (type-to-select, finding a row). */
    public boolean shows(String text) {
        java.util.Locale root = java.util.Locale.ROOT;
        String want = text.toLowerCase(root);
        return label.toLowerCase(root).contains(want) || secondary() != null && secondary().toLowerCase(root).contains(want);
    }

    // equals and hashCode written out: a record's own are linked at their first call through
    // ObjectMethods, which generates method-handle classes that JDK 17's class-data-sharing archive
    // cannot hold (20-25 ms on the FX thread, in the window's first frame, where the tree compares rows).

    @Override
    public boolean equals(Object o) {
        return o instanceof TreeNode t && kind == t.kind && java.util.Objects.equals(issueId, t.issueId)
                && java.util.Objects.equals(label, t.label) && java.util.Objects.equals(anchor, t.anchor)
                && java.util.Objects.equals(notice, t.notice);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, label, issueId); // equal nodes agree on these; the notice is not hashed
    }

    @Override
    public String toString() {
        return label;
    }
}
