// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.gazettereader.model.Facet;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.SearchHit;
import org.gazettereader.ui.SameThreadBackground;
import org.gazettereader.ui.search.SearchPane;
import org.gazettereader.ui.search.SearchViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window makes its search panel only when the search tab is first shown. A search that ran
 * before (a training run's, a terminal's) is in the panel when it is made: its hits and its facets,
 * on a real library.
 */
class SearchPaneMadeLateTest extends KioskViews {
    @BeforeAll
    static void library() throws Exception {
        openLibrary(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSearchRunBeforeThePanelWasMadeIsListedWithItsFacets() {
        SearchViewModel vm = new SearchViewModel(library::searcher, new SameThreadBackground(), m);
        robot.interact(() -> {
            vm.queryProperty().set("文物");
            vm.search();
        });
        assertThat(vm.resultsProperty().get()).as("the search itself found notices").isNotEmpty();
        VBox[] root = new VBox[1];
        robot.interact(() -> root[0] = new VBox(new SearchPane(vm, m, (id, words) -> { },
                new SimpleObjectProperty<List<IssueSummary>>(library.issues())).root()));
        show(root[0], 1000, 780);

        ListView<SearchHit> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).isEqualTo(vm.resultsProperty().get());
        assertThat(results.getItems().get(0).title()).contains("文物");
        ComboBox<Facet> years = robot.lookup("#search-year").queryAs(ComboBox.class);
        // "Any year" and then the years of the hits with their counts.
        assertThat(years.getItems()).hasSizeGreaterThan(1);
        assertThat(years.getItems().subList(1, years.getItems().size())).extracting(Facet::value).contains("2023");
    }
}
