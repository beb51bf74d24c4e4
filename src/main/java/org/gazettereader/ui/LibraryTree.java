// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;
import org.gazettereader.config.Messages;
import org.gazettereader.model.IssueSummary;

/** The library tree's upper levels: gazette › year › issue, each with its count of notices. */
final class LibraryTree {
    private LibraryTree() {
    }

    static List<TreeItem<String>> items(List<IssueSummary> issues, Messages m) {
        Map<String, Map<Integer, List<IssueSummary>>> byGazette = new LinkedHashMap<>();
        for (IssueSummary i : issues) {
            byGazette.computeIfAbsent(i.gazette(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.year() == null ? 0 : i.year(), k -> new ArrayList<>()).add(i);
        }
        List<TreeItem<String>> out = new ArrayList<>();
        for (var g : byGazette.entrySet()) {
            int gazetteCount = g.getValue().values().stream().flatMap(List::stream).mapToInt(IssueSummary::notices).sum();
            TreeItem<String> gazette = new TreeItem<>(m.get("tree.gazette", g.getKey(), gazetteCount));
            gazette.setExpanded(true);
            for (var y : g.getValue().entrySet()) {
                int yearCount = y.getValue().stream().mapToInt(IssueSummary::notices).sum();
                TreeItem<String> year = new TreeItem<>(y.getKey() == 0 ? m.get("tree.yearUnknown", yearCount)
                        : m.get("tree.year", String.valueOf(y.getKey()), yearCount));
                year.setExpanded(true);
                for (IssueSummary i : y.getValue()) {
                    year.getChildren().add(new TreeItem<>(m.get("tree.issue", i.issue() == null ? "?" : i.issue(),
                            i.totalIssue() == null ? "?" : i.totalIssue(), i.notices())));
                }
                gazette.getChildren().add(year);
            }
            out.add(gazette);
        }
        return out;
    }
}
