// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.Background;

/**
 * The state of the walk-up home screen: which level the patron is at (the tiles, the years, the
 * issues of a year, the notices of an issue), the latest issue, and what each level lists. Single
 * documents are left to search: a patron browses gazettes by year and issue. Touches no control.
 */
public final class HomeViewModel {
    /** The levels of the home screen, from the tiles down to one issue's notices. */
    public enum Level { HOME, YEARS, ISSUES, NOTICES }

    /** One year of the library: how many issues and notices it holds. {@code year} 0 is "year unknown". */
    public record YearCount(int year, int issues, int notices) {
    }

    /** Issues of a year in the order a shelf holds them: by gazette (in pinyin order), then number. */
    static final Comparator<IssueSummary> SHELF = Comparator
            .comparing((IssueSummary i) -> Objects.toString(i.gazette(), ""), java.text.Collator.getInstance(java.util.Locale.CHINA))
            .thenComparing(i -> i.issue() == null ? Integer.MAX_VALUE : i.issue())
            .thenComparing(IssueSummary::id);

    /** Newest first: year, then issue number, then publication date. */
    static final Comparator<IssueSummary> NEWEST = Comparator
            .comparing((IssueSummary i) -> i.year() == null ? Integer.MIN_VALUE : i.year())
            .thenComparing(i -> i.issue() == null ? Integer.MIN_VALUE : i.issue())
            .thenComparing(i -> i.published() == null ? java.time.LocalDate.MIN : i.published())
            .thenComparing(IssueSummary::id);

    private final Background background;
    private final Function<Long, List<LibraryNotice>> loader;
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(Level.HOME);
    private final ReadOnlyObjectWrapper<IssueSummary> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<YearCount>> years = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Integer> year = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<IssueSummary>> issuesOfYear = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<IssueSummary> issue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<LibraryNotice>> notices = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final BooleanProperty printAllowed = new SimpleBooleanProperty(false);
    private List<IssueSummary> all = List.of();
    private long generation;

    /** {@code loader} reads an issue's notices (on a background thread, through {@code background}). */
    public HomeViewModel(Background background, Function<Long, List<LibraryNotice>> loader) {
        this.background = background;
        this.loader = loader;
    }

    /** The library's issues (the window's list, whenever it changes); documents are left out. */
    public void setIssues(List<IssueSummary> list) {
        all = list.stream().filter(i -> !i.document()).toList();
        latest.set(all.stream().max(NEWEST).orElse(null));
        Map<Integer, int[]> counts = new TreeMap<>(Comparator.reverseOrder());
        for (IssueSummary i : all) {
            int[] c = counts.computeIfAbsent(yearOf(i), k -> new int[2]);
            c[0]++;
            c[1] += i.notices();
        }
        List<YearCount> out = new ArrayList<>();
        counts.forEach((y, c) -> out.add(new YearCount(y, c[0], c[1])));
        // Year unknown goes last, after the oldest year.
        out.sort(Comparator.comparing((YearCount c) -> c.year() == 0).thenComparing(YearCount::year, Comparator.reverseOrder()));
        years.set(List.copyOf(out));
        if (year.get() != null) {
            issuesOfYear.set(issuesIn(year.get()));
        }
        IssueSummary open = issue.get();
        if (open != null && all.stream().noneMatch(i -> i.id() == open.id())) {
            home(); // the issue went away (the library was replaced): start again
        }
    }

    private static int yearOf(IssueSummary i) {
        return i.year() == null ? 0 : i.year();
    }

    private List<IssueSummary> issuesIn(int y) {
        return all.stream().filter(i -> yearOf(i) == y).sorted(SHELF).toList();
    }

    /** The tile "browse by year": the list of years. */
    public void browse() {
        level.set(Level.YEARS);
    }

    /** The issues of {@code y} (0: year unknown). */
    public void pickYear(int y) {
        year.set(y);
        issuesOfYear.set(issuesIn(y));
        level.set(Level.ISSUES);
    }

    /** The tile "latest issue": its notices. */
    public void openLatest() {
        IssueSummary l = latest.get();
        if (l != null) {
            year.set(yearOf(l));
            issuesOfYear.set(issuesIn(yearOf(l)));
            openIssue(l);
        }
    }

    /** The notices of {@code i}, read in the background; the latest request wins. */
    public void openIssue(IssueSummary i) {
        long gen = ++generation;
        issue.set(i);
        notices.set(List.of());
        failure.set(null);
        loading.set(true);
        level.set(Level.NOTICES);
        background.submit(() -> loader.apply(i.id()), list -> {
            if (gen == generation) {
                notices.set(List.copyOf(list));
                loading.set(false);
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                failure.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
    }

    /** One level up: notices › issues of the year › years › tiles. */
    public void back() {
        switch (level.get()) {
            case NOTICES -> {
                generation++;
                loading.set(false);
                issue.set(null);
                notices.set(List.of());
                level.set(year.get() == null ? Level.HOME : Level.ISSUES);
            }
            case ISSUES -> {
                year.set(null);
                level.set(Level.YEARS);
            }
            default -> level.set(Level.HOME);
        }
    }

    /** Back to the tiles, forgetting where the patron was (also what an idle reset calls). */
    public void home() {
        generation++;
        loading.set(false);
        failure.set(null);
        issue.set(null);
        notices.set(List.of());
        year.set(null);
        issuesOfYear.set(List.of());
        level.set(Level.HOME);
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** The newest gazette issue of the library, or null when it holds none. */
    public ReadOnlyObjectProperty<IssueSummary> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** The years, newest first, year unknown last. */
    public ReadOnlyObjectProperty<List<YearCount>> yearsProperty() {
        return years.getReadOnlyProperty();
    }

    /** The year picked, or null. */
    public ReadOnlyObjectProperty<Integer> yearProperty() {
        return year.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<IssueSummary>> issuesOfYearProperty() {
        return issuesOfYear.getReadOnlyProperty();
    }

    /** The issue whose notices are listed, or null. */
    public ReadOnlyObjectProperty<IssueSummary> issueProperty() {
        return issue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LibraryNotice>> noticesProperty() {
        return notices.getReadOnlyProperty();
    }

    /** True while an issue's notices are read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why an issue's notices could not be read, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Whether the print tile is offered (the terminal's settings say so). */
    public BooleanProperty printAllowedProperty() {
        return printAllowed;
    }
}
