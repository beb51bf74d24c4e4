// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;

/** TreeNode writes out equals and hashCode (see there): they must say what a record's own would. */
class TreeNodeTest {
    private static LibraryNotice notice(String id) {
        Notice n = new Notice(1, id, null, "关于印发某某办法的通知", null, null, "市人民政府", null, null, null, null, null,
                List.of(), List.of());
        return new LibraryNotice(7, "吕梁市人民政府公报", 2023, 1, n, false);
    }

    private static final TreeNode BASE = new TreeNode(TreeNode.Kind.HEADING, "一、总则", 7L, notice("a"), new Anchor(0, 3, 0));

    @Test
    void equalWhenEveryComponentIsEqual() {
        TreeNode same = new TreeNode(TreeNode.Kind.HEADING, new String("一、总则"), Long.valueOf(7), notice("a"),
                new Anchor(0, 3, 0));
        assertEquals(BASE, same);
        assertEquals(BASE.hashCode(), same.hashCode());
        TreeNode bare = new TreeNode(TreeNode.Kind.ROOT, "全部公报", null, null, null);
        assertEquals(bare, new TreeNode(TreeNode.Kind.ROOT, "全部公报", null, null, null));
        assertEquals(bare.hashCode(), new TreeNode(TreeNode.Kind.ROOT, "全部公报", null, null, null).hashCode());
    }

    @Test
    void differentWhenAnyComponentDiffers() {
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.ARTICLE, "一、总则", 7L, notice("a"), new Anchor(0, 3, 0)));
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.HEADING, "二、附则", 7L, notice("a"), new Anchor(0, 3, 0)));
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.HEADING, "一、总则", 8L, notice("a"), new Anchor(0, 3, 0)));
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.HEADING, "一、总则", null, notice("a"), new Anchor(0, 3, 0)));
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.HEADING, "一、总则", 7L, notice("b"), new Anchor(0, 3, 0)));
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.HEADING, "一、总则", 7L, null, new Anchor(0, 3, 0)));
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.HEADING, "一、总则", 7L, notice("a"), new Anchor(0, 4, 0)));
        assertNotEquals(BASE, new TreeNode(TreeNode.Kind.HEADING, "一、总则", 7L, notice("a"), null));
        assertNotEquals(BASE, null);
        assertNotEquals(BASE, "一、总则");
    }
}
