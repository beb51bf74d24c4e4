// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.util.function.Supplier;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.ui.ShellView;
import org.gazettereader.ui.ShellViewModel;
import org.gazettereader.ui.Theme;
import org.gazettereader.ui.bookmarks.SessionBookmarks;
import org.gazettereader.ui.print.PrintBasket;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.gazettereader.ui.reader.SessionPositions;
import org.gazettereader.ui.search.SearchViewModel;

/**
 * One patron's session at a public terminal: what it keeps only in memory (bookmarks, reading
 * positions, the print basket), what it counts for the librarian (notices opened, searches; never
 * who), and how it is forgotten when the patron walks away.
 */
public final class KioskSession {
    private final Messages messages;
    private final ShellView view;
    private final ShellViewModel shell;
    private final PrintBasket basket;
    private final SessionBookmarks bookmarks;
    private final SessionPositions positions;
    private final Theme theme;
    private final double fontSize;
    private final Runnable home;
    private final SearchTally searches;

    /**
     * {@code home} shows the start screen after a reset: the library pane until the kiosk home
     * screen (ui/kiosk/HomeScreen) takes its place. {@code counters} may answer null.
     */
    public KioskSession(Messages messages, ShellView view, ShellViewModel shell, ReaderViewModel reader, SearchViewModel search,
                        PrintBasket basket, SessionBookmarks bookmarks, SessionPositions positions, Theme theme,
                        double fontSize, Runnable home, Supplier<KioskCounters> counters) {
        this.messages = messages;
        this.view = view;
        this.shell = shell;
        this.basket = basket;
        this.bookmarks = bookmarks;
        this.positions = positions;
        this.theme = theme;
        this.fontSize = fontSize;
        this.home = home;
        this.searches = new SearchTally(counters);
        reader.documentProperty().addListener((o, was, now) -> {
            KioskCounters c = counters.get();
            if (now != null && now.id() != null && (was == null || !now.id().equals(was.id())) && c != null) {
                c.noticeOpened();
            }
        });
        // The total is set before the answered query: read together, they belong to the same search.
        search.answeredQueryProperty().addListener((o, was, now) -> searches.answered(now, search.totalProperty().get()));
    }

    /** Forgets everything the patron did and shows the start screen; nothing of it was written anywhere. */
    public void forget() {
        searches.flush();
        bookmarks.forget();
        positions.forget();
        basket.notices().clear();
        view.forgetSession();
        shell.setTheme(theme);
        shell.zoomTo(fontSize);
        home.run();
        shell.say(messages.get("kiosk.idle.done"));
    }
}
