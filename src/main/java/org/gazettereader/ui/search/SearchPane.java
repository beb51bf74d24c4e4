// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.Messages;
import org.gazettereader.model.Facet;
import org.gazettereader.model.SearchHit;
import org.gazettereader.search.Snippets;
import org.gazettereader.search.Suggestion;

/**
 * The search panel: a query box with suggestions while typing (titles, 文号, pinyin initials),
 * filters with counts, sort, and the results with highlighted snippets. Typing never waits for a
 * search: results follow 80 ms after the last keystroke, the latest request wins.
 */
public final class SearchPane {
    private static final Duration TYPING_PAUSE = Duration.millis(80);

    private final SearchViewModel vm;
    private final Messages m;
    private final GazetteNames names;
    private final BiConsumer<String, List<String>> opener;
    private final VBox root = new VBox(8);
    /** Wide enough for {@link #SUGGESTION_TITLE} characters of title and a 文号 at the default text size. */
    private static final double SUGGESTION_WIDTH = 720;
    private static final int SUGGESTION_TITLE = 36;
    /** The themes' text size, which {@link #SUGGESTION_WIDTH} was measured at. */
    private static final double DEFAULT_FONT_PX = 14;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private boolean updatingFilters;
    private final javafx.beans.value.ObservableValue<List<org.gazettereader.model.IssueSummary>> issues;
    private String typed = "";
    private final javafx.scene.control.PopupControl suggestions;

    /** {@code opener} opens a notice (by id) with the query's words highlighted. */
    public SearchPane(SearchViewModel vm, Messages m, BiConsumer<String, List<String>> opener,
                      javafx.beans.value.ObservableValue<List<org.gazettereader.model.IssueSummary>> issues) {
        this.issues = issues;
        this.vm = vm;
        this.m = m;
        this.names = new GazetteNames(m);
        this.opener = opener;
        root.setId("search-pane");
        root.setPadding(new Insets(8));
        field.setId("search-field");
        field.setPromptText(m.get("search.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        typing.setOnFinished(e -> vm.search());
        field.textProperty().addListener((o, was, now) -> typing.playFromStart());
        field.setOnAction(e -> {
            typing.stop();
            vm.afterNextResult(this::openFirst);
            vm.search();
        });
        var completion = TextFields.bindAutoCompletion(field, request -> vm.suggest(request.getUserText()),
                new StringConverter<Suggestion>() {
                    @Override
                    public String toString(Suggestion s) {
                        if (s == null) {
                            return "";
                        }
                        String title = s.title().length() > SUGGESTION_TITLE ? s.title().substring(0, SUGGESTION_TITLE - 1) + "…" : s.title();
                        return s.docNumber() == null ? title : title + "（" + s.docNumber() + "）";
                    }

                    @Override
                    public Suggestion fromString(String s) {
                        return null;
                    }
                });
        completion.setDelay(80);
        // Titles are long: the list may reach over the reader rather than cut them after a dozen characters.
        // At a larger text size (a kiosk's text scale) the list widens with the text.
        completion.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(field.getWidth(),
                SUGGESTION_WIDTH * Math.max(1, field.getFont().getSize() / DEFAULT_FONT_PX)), field.widthProperty(),
                field.fontProperty()));
        completion.setVisibleRowCount(SuggestionPopup.ROWS);
        SuggestionPopup.tune(completion.getAutoCompletionPopup(), field);
        suggestions = completion.getAutoCompletionPopup();
        // Suggestions belong to the field while it has the keys: a list that arrives after Enter has
        // opened a notice (the reader has the keys then) stayed over the page.
        suggestions.showingProperty().addListener((o, was, now) -> {
            if (now && !field.isFocused()) {
                javafx.application.Platform.runLater(suggestions::hide);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                suggestions.hide();
            }
        });
        // What the person typed, for highlighting: picking a suggestion replaces the field's text.
        field.addEventHandler(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> typed = field.getText());
        completion.setOnAutoCompleted(e -> {
            Suggestion s = e.getCompletion();
            String words = typed;
            // The field then searches for the notice's 文号 (or title), which finds it first.
            field.setText(s.docNumber() != null ? s.docNumber() : s.title());
            opener.accept(s.id(), Snippets.words(words, s.title()));
        });

        Label status = new Label();
        status.setId("search-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        results.setId("search-results");
        results.setCellFactory(l -> new HitCell(m, names, results.widthProperty()));
        results.setPlaceholder(status);
        // Made when the search tab is first shown: a search run before (a terminal's, a training run's) is listed too.
        results.getItems().setAll(vm.resultsProperty().get());
        vm.resultsProperty().addListener((o, was, now) -> results.getItems().setAll(now));
        // Screen readers hear which query the list answers; it also tells when typing has caught up.
        results.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> m.get("search.resultsFor", vm.answeredQueryProperty().get(), vm.totalProperty().get()),
                vm.answeredQueryProperty(), vm.totalProperty()));
        results.setOnMouseClicked(e -> openSelected());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        Label count = new Label();
        count.setId("search-count");
        count.textProperty().bind(vm.statusProperty());
        count.visibleProperty().bind(vm.totalProperty().greaterThan(0));
        count.managedProperty().bind(count.visibleProperty());

        root.getChildren().addAll(field, filters(), count, didYouMean(), results);
    }

    /**
     * "您是不是要找：知识产权" above the results when the search offers a correction: a button, so Tab
     * reaches it and Enter or a click searches the corrected query. It never changes the query by itself.
     */
    private Node didYouMean() {
        Button offer = new Button();
        offer.setId("search-did-you-mean");
        offer.getStyleClass().add("did-you-mean");
        offer.setMinHeight(44);
        offer.setWrapText(true);
        offer.textProperty().bind(Bindings.createStringBinding(() -> vm.didYouMeanProperty().get() == null ? ""
                : m.get("search.didYouMean", vm.didYouMeanProperty().get()), vm.didYouMeanProperty()));
        offer.accessibleHelpProperty().bind(Bindings.createStringBinding(() -> vm.didYouMeanProperty().get() == null ? ""
                : m.get("search.didYouMeanHelp", vm.didYouMeanProperty().get()), vm.didYouMeanProperty()));
        offer.visibleProperty().bind(vm.didYouMeanProperty().isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());
        offer.setOnAction(e -> {
            vm.searchDidYouMean();
            // The field's text changed with the query: search now, not again after the typing pause.
            typing.stop();
        });
        return offer;
    }

    public Node root() {
        return root;
    }

    /** The result selected in the list, if any. */
    public SearchHit selectedHit() {
        return results.getSelectionModel().getSelectedItem();
    }

    /**
     * Puts a panel made for the query field right above it (the kiosk's on-screen keyboard: {@code
     * search.addAboveField(f -> new OnScreenKeyboard(messages, f))}); above, so that the suggestions
     * opening under the field never cover it.
     */
    public void addAboveField(java.util.function.Function<TextField, Node> panel) {
        root.getChildren().add(root.getChildren().indexOf(field), panel.apply(field));
        // A tap on the panel while suggestions show reaches it (the list closes all the same): else every
        // first tap after a suggestion appears would only close the list.
        suggestions.setConsumeAutoHidingEvents(false);
    }

    /** Forgets the query, its filters, sort and results (a public terminal's session ends). */
    public void forget() {
        typed = "";
        vm.afterNextResult(null);
        vm.queryProperty().set("");
        vm.clearFilters();
        vm.byDateProperty().set(false);
        typing.stop();
        vm.search();
        results.getSelectionModel().clearSelection();
        results.getItems().clear();
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private Node filters() {
        ComboBox<Facet> year = facet("search-year", "year", m.get("search.anyYear"), vm.yearProperty(),
                s -> s == null ? null : Integer.valueOf(s));
        ComboBox<String> issue = issueFilter();
        ComboBox<Facet> section = facet("search-section", "section", m.get("search.anySection"), vm.sectionProperty(), s -> s);
        ComboBox<Facet> type = facet("search-type", "type", m.get("search.anyType"), vm.typeProperty(), s -> s);
        ComboBox<Facet> issuer = facet("search-issuer", "issuer", m.get("search.anyIssuer"), vm.issuerProperty(), s -> s);
        DatePicker from = date("search-from", m.get("search.from"), vm.fromProperty());
        DatePicker to = date("search-to", m.get("search.to"), vm.toProperty());
        ToggleButton byDate = new ToggleButton(m.get("search.byDate"));
        byDate.setId("search-by-date");
        byDate.selectedProperty().bindBidirectional(vm.byDateProperty());
        byDate.selectedProperty().addListener((o, a, b) -> vm.search());
        FlowPane pane = new FlowPane(6, 6, year, issue, section, type, issuer, from, to, byDate);
        pane.setId("search-filters");
        return pane;
    }

    /** A signing-date bound; a changed date searches at once. */
    private DatePicker date(String id, String prompt, Property<java.time.LocalDate> target) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        // Its width is in the stylesheet, in em: at a terminal's larger text the prompt fits too.
        picker.valueProperty().bindBidirectional(target);
        picker.valueProperty().addListener((o, a, b) -> vm.search());
        return picker;
    }

    /** A filter whose choices are the facet's values with their counts; choosing one searches at once. */
    private <T> ComboBox<Facet> facet(String id, String dim, String any, Property<T> target,
                                      java.util.function.Function<String, T> parse) {
        ComboBox<Facet> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(any);
        box.setMaxWidth(200);
        Facet anyValue = new Facet(null, 0);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Facet f) {
                return f == null || f.value() == null ? any : m.get("search.facet", f.value(), f.count());
            }

            @Override
            public Facet fromString(String s) {
                return null; // not editable
            }
        });
        box.getItems().add(anyValue);
        javafx.beans.value.ChangeListener<Map<String, List<Facet>>> fill = (o, was, now) -> {
            updatingFilters = true;
            try {
                String chosen = target.getValue() == null ? null : String.valueOf(target.getValue());
                List<Facet> items = new ArrayList<>();
                items.add(anyValue);
                items.addAll(now.getOrDefault(dim, List.of()));
                box.getItems().setAll(items);
                if (chosen != null) {
                    items.stream().filter(f -> chosen.equals(f.value())).findFirst().ifPresent(box::setValue);
                }
            } finally {
                updatingFilters = false;
            }
        };
        // The facets of a search run before the panel was made, then those of every search.
        fill.changed(vm.facetsProperty(), null, vm.facetsProperty().get());
        vm.facetsProperty().addListener(fill);
        box.valueProperty().addListener((o, was, now) -> {
            if (updatingFilters) {
                return;
            }
            T value = now == null || now.value() == null ? null : parse.apply(now.value());
            if (!Objects.equals(value, target.getValue())) {
                target.setValue(value);
                vm.search();
            }
        });
        return box;
    }

    /** One issue (YEAR/NO) of the library; with the year's facet counts beside it the choice is narrow enough. */
    private ComboBox<String> issueFilter() {
        String any = m.get("search.anyIssue");
        ComboBox<String> box = new ComboBox<>();
        box.setId("search-issue");
        box.setPromptText(any);
        box.setMaxWidth(200);
        // Items stay the keys the filter searches by (2023/2); a person reads 2023年第2期.
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null || key.equals(any) ? any : names.issue(key);
            }

            @Override
            public String fromString(String s) {
                return null; // not editable
            }
        });
        Runnable fill = () -> {
            List<String> items = new ArrayList<>();
            items.add(any);
            issues.getValue().stream().map(org.gazettereader.model.IssueSummary::issueKey).filter(Objects::nonNull)
                    .distinct().sorted(java.util.Comparator.reverseOrder()).forEach(items::add);
            box.getItems().setAll(items);
        };
        fill.run();
        issues.addListener((o, was, now) -> {
            fill.run();
            vm.libraryChanged();
        });
        box.valueProperty().addListener((o, was, now) -> {
            String value = now == null || now.equals(any) ? null : now;
            if (!Objects.equals(value, vm.issueProperty().get())) {
                vm.issueProperty().set(value);
                vm.search();
            }
        });
        return box;
    }

    private void openFirst() {
        if (!results.getItems().isEmpty()) {
            results.getSelectionModel().select(0);
            openSelected();
        }
    }

    private void openSelected() {
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            opener.accept(hit.id(), hit.words());
        }
    }


}
