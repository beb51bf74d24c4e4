// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gazettereader.config.Messages;
import org.gazettereader.config.Preferences;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.kiosk.PinGate;
import org.gazettereader.library.Library;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.ui.BundleController;
import org.gazettereader.ui.BundleFiles;
import org.gazettereader.ui.ImportController;
import org.gazettereader.ui.LibraryPane;
import org.gazettereader.ui.LibraryRefresh;
import org.gazettereader.ui.LibraryTree;
import org.gazettereader.ui.LibraryWatcher;
import org.gazettereader.ui.NoticeOpener;
import org.gazettereader.ui.NoticeSource;
import org.gazettereader.ui.ShellCommands;
import org.gazettereader.ui.ShellView;
import org.gazettereader.ui.ShellViewModel;
import org.gazettereader.ui.StageControls;
import org.gazettereader.ui.bookmarks.BookmarksPane;
import org.gazettereader.ui.bookmarks.LibraryBookmarks;
import org.gazettereader.ui.bookmarks.SessionBookmarks;
import org.gazettereader.ui.kiosk.KioskLibrary;
import org.gazettereader.ui.kiosk.KioskSession;
import org.gazettereader.ui.kiosk.KioskShell;
import org.gazettereader.ui.kiosk.KioskSurface;
import org.gazettereader.ui.kiosk.HomeScreen;
import org.gazettereader.ui.kiosk.HomeViewModel;
import org.gazettereader.ui.print.BasketController;
import org.gazettereader.ui.print.PrintBasket;
import org.gazettereader.ui.print.PrintDialog;
import org.gazettereader.ui.reader.FxTextMeasurer;
import org.gazettereader.ui.reader.LibraryPositions;
import org.gazettereader.ui.reader.ReaderView;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.gazettereader.ui.reader.SessionPositions;
import org.gazettereader.ui.search.SearchPane;
import org.gazettereader.ui.search.SearchViewModel;

/** Creates the window's views, view models and controllers and hands each what it needs. Nothing else. */
final class UiWiring {
    final ReaderViewModel reader;
    final NoticeOpener opener;
    final ShellView view;
    final ImportController importer;
    final SearchViewModel search;
    /** Library bundles from the window (File › export / install, and a .gzb opened from the desktop). */
    final BundleController bundles;
    /** Stopped with the window: it polls through the library executor, which closes then. */
    final LibraryWatcher watcher;
    /** The public terminal's window around {@link #view}, or null for the desktop reader. */
    final KioskShell kiosk;

    /**
     * {@code kioskSettings} decides between the desktop reader and a public terminal; for a terminal,
     * {@code kioskLibrary} reopens its library, {@code gate} checks the administrator's PIN and
     * {@code counters} (null when they could not be opened) count for the librarian.
     */
    UiWiring(Stage stage, Messages messages, ShellViewModel vm, String fontFamily, Supplier<Library> library,
             FxBackground libraryWork, FxBackground layoutWork, FxBackground searchWork, Path exports,
             KioskSettings kioskSettings, Clock clock, KioskLibrary kioskLibrary, Function<char[], PinGate.Attempt> gate,
             KioskCounters counters, Preferences prefs) {
        boolean kioskMode = kioskSettings.enabled();
        NoticeSource notices = NoticeSource.of(library);
        FxTextMeasurer measurer = new FxTextMeasurer(fontFamily);
        // A patron's bookmarks and reading positions live in memory only: nothing of a session reaches the disk.
        SessionPositions sessionPositions = new SessionPositions();
        SessionBookmarks sessionBookmarks = new SessionBookmarks(id -> library.get() == null ? List.of() : library.get().find(id));
        reader = new ReaderViewModel(new Typesetter(measurer), layoutWork,
                kioskMode ? sessionPositions : new LibraryPositions(libraryWork::execute, library), messages);
        ReaderView readerView = new ReaderView(reader, measurer, messages, vm.fontSizeProperty().get());
        opener = new NoticeOpener(libraryWork, notices, reader, readerView::focus, vm::failed);
        LibraryTree tree = new LibraryTree(messages, libraryWork, notices::ofIssue);
        SearchViewModel searchVm = search = new SearchViewModel(() -> library.get() == null ? null : library.get().searcher(),
                searchWork, messages);
        // The desktop window makes its search panel when the search tab is first shown; a terminal's home screen shows it at once.
        Supplier<SearchPane> makeSearch = () -> new SearchPane(searchVm, messages, opener::openAtHits, vm.issuesProperty());
        SearchPane search = kioskMode ? makeSearch.get() : null;
        BookmarksPane bookmarks = new BookmarksPane(messages, libraryWork,
                kioskMode ? sessionBookmarks : new LibraryBookmarks(library), reader, opener::jump, vm::failed, () -> stage);
        LibraryRefresh refresh = new LibraryRefresh(libraryWork, library, vm, bookmarks::refresh);
        importer = new ImportController(messages, libraryWork, library, refresh, () -> stage);
        // Another program importing into the same library: show its issues as they are committed.
        watcher = new LibraryWatcher(libraryWork, library, refresh, Duration.seconds(3));
        watcher.start();
        PrintBasket basket = new PrintBasket();
        // Made when first asked for: a window of its own that no start needs.
        PrintDialog[] printDialog = new PrintDialog[1];
        Runnable showDesktopPrint = () -> {
            if (printDialog[0] == null) {
                printDialog[0] = new PrintDialog(stage, messages, layoutWork, basket, exports);
            }
            printDialog[0].show();
        };
        // A terminal never shows the desktop print dialog (its system dialog and "save as" reach the disks):
        // the kiosk's own print screen takes its place, with what the print action put in the basket.
        // (The print screen is made with the home screen, below.)
        KioskSurface[] kioskScreens = new KioskSurface[1];
        Runnable showPrint = kioskMode ? () -> kioskScreens[0].showPrint() : showDesktopPrint;
        BasketController basketControl = new BasketController(libraryWork, notices, basket, vm, messages, showPrint);
        // Library bundles from the window; a replacing install is picked up by the watcher's reopen at once.
        bundles = new BundleController(messages, libraryWork, library, BundleFiles.dialogs(messages, () -> stage), () -> stage,
                new BundleController.TrustMemory() {
                    @Override
                    public java.util.Optional<String> recall() {
                        return prefs.get(BundleController.TRUST_PREFERENCE);
                    }

                    @Override
                    public void remember(String line) {
                        prefs.put(BundleController.TRUST_PREFERENCE, line);
                        prefs.save();
                    }
                }, watcher::poll, refresh, vm::say, clock);
        StageControls controls = new StageControls(stage, messages, () -> library.get() == null ? null : library.get().folder());
        controls.askBeforeLeavingWhile(() -> importer.running() || (printDialog[0] != null && printDialog[0].writing()) || bundles.running());
        view = new ShellView(messages, vm, controls,
                new ShellCommands(importer, readerView, reader, bookmarks, basketControl, bundles),
                tree, reader, readerView, kioskMode ? () -> search : makeSearch, bookmarks);
        view.root().getProperties().put(BundleController.KEY, bundles);
        // A terminal starts at its home screen, and every idle reset returns there.
        HomeScreen home = !kioskMode ? null
                : new HomeScreen(new HomeViewModel(libraryWork, notices::ofIssue), messages, vm.issuesProperty());
        if (home != null) {
            vm.openFailedProperty().addListener((o, was, now) -> home.libraryFailed(now));
        }
        KioskSurface surface = !kioskMode ? null : new KioskSurface(messages, view, home, search,
                kioskSettings, layoutWork, clock, () -> counters, () -> library.get() == null ? null : library.get().folder(),
                n -> reader.open(LibraryPane.document(n), null), basket::notices);
        kioskScreens[0] = surface;
        kiosk = !kioskMode ? null : new KioskShell(messages, stage, view, surface, kioskSettings, clock,
                new KioskSession(messages, view, vm, reader, searchVm, basket, sessionBookmarks, sessionPositions,
                        vm.themeProperty().get(), vm.fontSizeProperty().get(), surface::newSession, () -> counters),
                gate, () -> counters, kioskLibrary);
    }
}
