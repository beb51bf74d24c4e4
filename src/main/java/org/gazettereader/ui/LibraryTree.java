// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeItem;
import org.gazettereader.config.Messages;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;

/**
 * The library tree: gazette › year › issue › (contents) section › notice › headings, each with its
 * count, then the single documents (单篇文件 › issuer › year › document, see {@link DocumentShelf}).
 * An issue's notices are loaded only when it is first expanded, in the background, so a library of
 * 100,000 notices opens at once.
 */
public final class LibraryTree {
    private final Messages m;
    private final Background background;
    private final Function<Long, List<LibraryNotice>> loader;
    private final DocumentShelf documents;

    public LibraryTree(Messages m, Background background, Function<Long, List<LibraryNotice>> loader) {
        this.m = m;
        this.background = background;
        this.loader = loader;
        this.documents = new DocumentShelf(m, background, loader);
    }

    /** The gazettes, then the single documents (单篇文件), which have no gazette. */
    List<TreeItem<TreeNode>> items(List<IssueSummary> issues) {
        Map<String, Map<Integer, List<IssueSummary>>> byGazette = new LinkedHashMap<>();
        List<IssueSummary> singles = new ArrayList<>();
        for (IssueSummary i : issues) {
            if (i.document()) {
                singles.add(i);
                continue;
            }
            byGazette.computeIfAbsent(i.gazette(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.year() == null ? 0 : i.year(), k -> new ArrayList<>()).add(i);
        }
        List<TreeItem<TreeNode>> out = new ArrayList<>();
        for (var g : byGazette.entrySet()) {
            int gazetteCount = g.getValue().values().stream().flatMap(List::stream).mapToInt(IssueSummary::notices).sum();
            TreeItem<TreeNode> gazette = item(TreeNode.Kind.GAZETTE, m.get("tree.gazette", g.getKey(), gazetteCount), null);
            gazette.setExpanded(true);
            for (var y : g.getValue().entrySet()) {
                int yearCount = y.getValue().stream().mapToInt(IssueSummary::notices).sum();
                TreeItem<TreeNode> year = item(TreeNode.Kind.YEAR, y.getKey() == 0 ? m.get("tree.yearUnknown", yearCount)
                        : m.get("tree.year", String.valueOf(y.getKey()), yearCount), null);
                year.setExpanded(byGazette.size() == 1 && g.getValue().size() == 1);
                for (IssueSummary i : y.getValue()) {
                    year.getChildren().add(issue(i));
                }
                gazette.getChildren().add(year);
            }
            out.add(gazette);
        }
        if (!singles.isEmpty()) {
            out.add(documents.item(singles));
        }
        return out;
    }

    private TreeItem<TreeNode> issue(IssueSummary i) {
        String label = m.get("tree.issue", i.issue() == null ? "?" : i.issue(), i.totalIssue() == null ? "?" : i.totalIssue(),
                i.notices());
        TreeItem<TreeNode> item = LazyRows.checkable(new TreeNode(TreeNode.Kind.ISSUE, label, i.id(), null, null),
                m.get("tree.loading"), this::load);
        return item;
    }

    /** Loads an issue's notices in the background and fills its node. */
    void load(TreeItem<TreeNode> issueItem) {
        long id = issueItem.getValue().issueId();
        background.submit(() -> loader.apply(id), notices -> {
            issueItem.getChildren().setAll(children(id, notices));
            // An issue checked before its notices were loaded: its notices are checked too.
            if (issueItem instanceof CheckBoxTreeItem<TreeNode> cb && cb.isSelected()) {
                cb.setSelected(false);
                cb.setSelected(true);
            }
        },
                e -> issueItem.getChildren().setAll(List.of(item(TreeNode.Kind.CONTENTS,
                        m.get("tree.loadFailed", m.describe(e)), null))));
    }

    List<TreeItem<TreeNode>> children(long issueId, List<LibraryNotice> notices) {
        List<TreeItem<TreeNode>> out = new ArrayList<>();
        out.add(new TreeItem<>(new TreeNode(TreeNode.Kind.CONTENTS, m.get("tree.contents"), issueId, null, null)));
        TreeItem<TreeNode> section = null;
        String current = null;
        for (LibraryNotice ln : notices) {
            String s = ln.notice().section();
            TreeItem<TreeNode> noticeItem = NoticeItems.notice(ln);
            if (s == null) {
                out.add(noticeItem);
                continue;
            }
            if (!Objects.equals(s, current)) {
                current = s;
                section = new CheckBoxTreeItem<>(new TreeNode(TreeNode.Kind.SECTION, s, null, null, null));
                section.setExpanded(true);
                out.add(section);
            }
            section.getChildren().add(noticeItem);
        }
        for (TreeItem<TreeNode> t : out) {
            if (t.getValue().kind() == TreeNode.Kind.SECTION) {
                t.setValue(new TreeNode(TreeNode.Kind.SECTION,
                        m.get("tree.section", t.getValue().label(), t.getChildren().size()), null, null, null));
            }
        }
        return out;
    }

    /**
     * The notices a row stands for: a notice or a heading inside it is that notice; an issue or a
     * section is every notice loaded under it, each once, in tree order.
     */
    static List<LibraryNotice> notices(TreeItem<TreeNode> item) {
        List<LibraryNotice> out = new ArrayList<>();
        collect(item, out);
        return out;
    }

    private static void collect(TreeItem<TreeNode> item, List<LibraryNotice> out) {
        TreeNode v = item.getValue();
        if ((v.kind() == TreeNode.Kind.NOTICE || v.isPlace()) && v.notice() != null) {
            if (out.stream().noneMatch(n -> n.notice().id().equals(v.notice().notice().id()))) {
                out.add(v.notice());
            }
            return;
        }
        for (TreeItem<TreeNode> c : item.getChildren()) {
            collect(c, out);
        }
    }

    /** The notices checked for printing, in tree order; issues checked but not yet loaded are listed by id. */
    static void checked(TreeItem<TreeNode> item, java.util.List<org.gazettereader.model.LibraryNotice> notices,
                        java.util.List<Long> unloadedIssues) {
        TreeNode v = item.getValue();
        if (v.kind() == TreeNode.Kind.NOTICE) {
            if (item instanceof CheckBoxTreeItem<TreeNode> cb && cb.isSelected()) {
                notices.add(v.notice());
            }
            return;
        }
        if (v.kind() == TreeNode.Kind.ISSUE && item instanceof CheckBoxTreeItem<TreeNode> cb && cb.isSelected()
                && item.getChildren().stream().noneMatch(c -> c.getValue().kind() != TreeNode.Kind.CONTENTS)) {
            unloadedIssues.add(v.issueId());
            return;
        }
        for (TreeItem<TreeNode> c : item.getChildren()) {
            checked(c, notices, unloadedIssues);
        }
    }

    static TreeItem<TreeNode> item(TreeNode.Kind kind, String label, Long issueId) {
        return new TreeItem<>(new TreeNode(kind, label, issueId, null, null));
    }
}
