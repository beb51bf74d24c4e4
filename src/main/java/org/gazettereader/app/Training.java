// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.gazettereader.library.Library;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.LibraryPane;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.gazettereader.ui.search.SearchViewModel;

/**
 * The training run of the packaging's class-data-sharing archive ({@value #PROPERTY}, set only by
 * {@code installer/Package.java}): once the window is usable it does what a reader does first
 * (opens a notice, turns pages, searches), then closes, so that the archive holds those classes.
 */
final class Training {
    static final String PROPERTY = "gazette.train";
    /** Closes the window even if a step never answers: a training run must not hang the build. */
    private static final Duration LIMIT = Duration.seconds(30);

    private Training() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Called on the FX thread once the window is usable. */
    static void run(Library library, FxBackground work, ReaderViewModel reader, SearchViewModel search, Runnable showSearch) {
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> Platform.exit());
        limit.play();
        work.submit(() -> firstNotice(library), notice -> {
            if (notice != null) {
                reader.open(LibraryPane.document(notice), null);
            }
            PauseTransition turn = new PauseTransition(Duration.seconds(1.5));
            turn.setOnFinished(e -> {
                reader.next();
                reader.next();
                reader.find("通知");
                // The search tab too: its panel is made when first shown, and its classes belong in the archive.
                showSearch.run();
                search.queryProperty().set("知识产权");
                search.afterNextResult(() -> {
                    PauseTransition close = new PauseTransition(Duration.seconds(1));
                    close.setOnFinished(x -> Platform.exit());
                    close.play();
                });
                search.search();
            });
            turn.play();
        }, failure -> Platform.exit());
    }

    private static LibraryNotice firstNotice(Library library) {
        List<IssueSummary> issues = library.issues();
        if (issues.isEmpty()) {
            return null;
        }
        List<LibraryNotice> notices = library.notices(issues.get(0).id());
        return notices.isEmpty() ? null : notices.get(0);
    }
}
