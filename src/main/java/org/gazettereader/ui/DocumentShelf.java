// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.scene.control.TreeItem;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.Messages;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;

/**
 * The single documents of the library tree (公文 and laws imported on their own): 单篇文件 › issuer ›
 * year › document. The listing has no issuer, so the documents are read when the row is first
 * expanded, in the background, like an issue's notices.
 */
final class DocumentShelf {
    /** Years ascending, as under a gazette; a document without a date last. */
    private static final Comparator<Integer> YEARS = Comparator.nullsLast(Comparator.naturalOrder());

    private final Messages m;
    private final Background background;
    private final Function<Long, List<LibraryNotice>> loader;

    DocumentShelf(Messages m, Background background, Function<Long, List<LibraryNotice>> loader) {
        this.m = m;
        this.background = background;
        this.loader = loader;
    }

    /** The 单篇文件 row for {@code documents}; expanded, so the documents are read at once. */
    TreeItem<TreeNode> item(List<IssueSummary> documents) {
        int count = documents.stream().mapToInt(IssueSummary::notices).sum();
        String label = m.get("tree.gazette", new GazetteNames(m).documents(), count);
        List<Long> ids = documents.stream().map(IssueSummary::id).toList();
        TreeItem<TreeNode> shelf = LazyRows.plain(new TreeNode(TreeNode.Kind.DOCUMENTS, label, null, null, null),
                m.get("tree.loading"), row -> load(row, ids));
        shelf.setExpanded(true);
        return shelf;
    }

    private void load(TreeItem<TreeNode> shelf, List<Long> ids) {
        background.submit(() -> {
            List<LibraryNotice> all = new ArrayList<>();
            for (long id : ids) {
                all.addAll(loader.apply(id));
            }
            return all;
        }, notices -> shelf.getChildren().setAll(children(notices)),
                e -> shelf.getChildren().setAll(List.of(LibraryTree.item(TreeNode.Kind.CONTENTS,
                        m.get("tree.loadFailed", m.describe(e)), null))));
    }

    /** Issuer › year › document rows; issuers in the order of the window's language (pinyin for Chinese). */
    List<TreeItem<TreeNode>> children(List<LibraryNotice> documents) {
        Collator collator = Collator.getInstance(m.locale());
        String unknownIssuer = m.get("tree.issuerUnknown");
        Map<String, Map<Integer, List<LibraryNotice>>> byIssuer = new TreeMap<>(collator);
        for (LibraryNotice d : documents) {
            String issuer = d.notice().issuer() == null || d.notice().issuer().isBlank() ? unknownIssuer : d.notice().issuer();
            byIssuer.computeIfAbsent(issuer, k -> new TreeMap<>(YEARS)).computeIfAbsent(d.filingYear(), k -> new ArrayList<>())
                    .add(d);
        }
        List<TreeItem<TreeNode>> out = new ArrayList<>();
        for (var issuer : byIssuer.entrySet()) {
            int count = issuer.getValue().values().stream().mapToInt(List::size).sum();
            TreeItem<TreeNode> row = LibraryTree.item(TreeNode.Kind.ISSUER, m.get("tree.issuer", issuer.getKey(), count), null);
            row.setExpanded(true);
            for (var year : issuer.getValue().entrySet()) {
                int n = year.getValue().size();
                TreeItem<TreeNode> y = LibraryTree.item(TreeNode.Kind.YEAR, year.getKey() == null ? m.get("tree.yearUnknown", n)
                        : m.get("tree.year", String.valueOf(year.getKey()), n), null);
                y.setExpanded(issuer.getValue().size() == 1);
                year.getValue().forEach(d -> y.getChildren().add(NoticeItems.notice(d)));
                row.getChildren().add(y);
            }
            out.add(row);
        }
        return out;
    }
}
