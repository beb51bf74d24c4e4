// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gazettereader.config.Messages;
import org.gazettereader.model.Facet;
import org.gazettereader.model.SearchHit;
import org.gazettereader.search.NoticeSearcher;
import org.gazettereader.search.SearchRequest;
import org.gazettereader.search.SearchResult;
import org.gazettereader.search.Suggestion;
import org.gazettereader.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search panel's state: the query, filters and sort a person sets, and the results, facet
 * counts and status the panel shows. Searches run in the background; the latest request wins.
 */
public final class SearchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty issue = new SimpleStringProperty();
    private final StringProperty section = new SimpleStringProperty();
    private final StringProperty issuer = new SimpleStringProperty();
    private final StringProperty type = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty byDate = new SimpleBooleanProperty(false);

    private final ReadOnlyObjectWrapper<List<SearchHit>> results = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Map<String, List<Facet>>> facets = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answered = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper didYouMean = new ReadOnlyStringWrapper();

    private final Supplier<NoticeSearcher> searcher;
    private final Background background;
    private final Messages messages;
    private long generation;
    private Runnable afterNextResult;

    public SearchViewModel(Supplier<NoticeSearcher> searcher, Background background, Messages messages) {
        this.searcher = searcher;
        this.background = background;
        this.messages = messages;
        status.set(messages.get("search.hint"));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** "2023/1": one issue of the year. */
    public StringProperty issueProperty() {
        return issue;
    }

    public StringProperty sectionProperty() {
        return section;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty byDateProperty() {
        return byDate;
    }

    public ReadOnlyObjectProperty<List<SearchHit>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, List<Facet>>> facetsProperty() {
        return facets.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The query the shown results answer; it lags what is typed until the latest search returns. */
    public ReadOnlyStringProperty answeredQueryProperty() {
        return answered.getReadOnlyProperty();
    }

    /**
     * The corrected query the library's own words suggest for the answered one (知识产全 → 知识产权),
     * or null. It is only offered: {@link #searchDidYouMean()} searches it when the person asks.
     */
    public ReadOnlyStringProperty didYouMeanProperty() {
        return didYouMean.getReadOnlyProperty();
    }

    /** Searches the offered correction in place of what was typed; nothing when none is offered. */
    public void searchDidYouMean() {
        String corrected = didYouMean.get();
        if (corrected != null) {
            query.set(corrected);
            search();
        }
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Runs {@code action} once the next search has answered (Enter opens the first result). */
    public void afterNextResult(Runnable action) {
        this.afterNextResult = action;
    }

    /** Searches with the current query, filters and sort; an empty query clears the results. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        long gen = ++generation;
        NoticeSearcher s = searcher.get();
        if (q.isEmpty() || s == null) {
            results.set(List.of());
            facets.set(Map.of());
            total.set(0);
            answered.set(q);
            didYouMean.set(null);
            status.set(messages.get(s == null ? "search.notReady" : "search.hint"));
            return;
        }
        SearchRequest r = SearchRequest.builder(q).limit(50).sortByDate(byDate.get()).year(year.get()).issue(issue.get())
                .section(section.get()).issuer(issuer.get()).type(type.get()).signed(from.get(), to.get()).build();
        background.submit(() -> s.search(r), (SearchResult res) -> {
            if (gen != generation) {
                return;
            }
            results.set(res.hits());
            facets.set(res.facets());
            total.set(res.total());
            answered.set(q);
            didYouMean.set(res.didYouMean() == null || res.didYouMean().equals(q) ? null : res.didYouMean());
            boolean filtered = year.get() != null || issue.get() != null || section.get() != null || issuer.get() != null || type.get() != null
                    || from.get() != null || to.get() != null;
            status.set(res.total() == 0 ? messages.get(filtered ? "search.noneFiltered" : "search.none")
                    : messages.get(res.truncated() ? "search.countTruncated" : "search.count", res.total()));
            Runnable then = afterNextResult;
            afterNextResult = null;
            if (then != null) {
                then.run();
            }
        }, e -> status.set(messages.get("search.failed", messages.describe(e))));
    }

    /**
     * The library opened, or its issues changed: what was typed before it was ready (the panel said
     * 公报库尚未打开) or the results of the library as it was are searched again.
     */
    public void libraryChanged() {
        String q = query.get();
        if (q != null && !q.isBlank()) {
            search();
        }
    }

    /** Suggestions for what is typed; called by the completion popup on its own thread. */
    public List<Suggestion> suggest(String prefix) {
        NoticeSearcher s = searcher.get();
        if (s == null) {
            return List.of();
        }
        try {
            return s.suggest(prefix, 8);
        } catch (java.io.IOException | RuntimeException e) {
            // Typing goes on without suggestions; the search itself reports on the status line.
            LOG.warn("Suggestions for '{}' failed: {}", prefix, e.toString());
            return List.of();
        }
    }

    public void clearFilters() {
        year.set(null);
        issue.set(null);
        section.set(null);
        issuer.set(null);
        type.set(null);
        from.set(null);
        to.set(null);
    }
}
