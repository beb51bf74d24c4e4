// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gazettereader.config.Messages;
import org.gazettereader.library.Library;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.ui.ImportController;
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
import org.gazettereader.ui.print.BasketController;
import org.gazettereader.ui.print.PrintBasket;
import org.gazettereader.ui.print.PrintDialog;
import org.gazettereader.ui.reader.FxTextMeasurer;
import org.gazettereader.ui.reader.LibraryPositions;
import org.gazettereader.ui.reader.ReaderView;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.gazettereader.ui.search.SearchPane;
import org.gazettereader.ui.search.SearchViewModel;

/** Creates the window's views, view models and controllers and hands each what it needs. Nothing else. */
final class UiWiring {
    final ReaderViewModel reader;
    final ShellView view;
    final ImportController importer;
    /** Stopped with the window: it polls through the library executor, which closes then. */
    final LibraryWatcher watcher;

    UiWiring(Stage stage, Messages messages, ShellViewModel vm, String fontFamily, Supplier<Library> library,
             FxBackground libraryWork, FxBackground layoutWork, FxBackground searchWork, Path exports) {
        NoticeSource notices = NoticeSource.of(library);
        FxTextMeasurer measurer = new FxTextMeasurer(fontFamily);
        reader = new ReaderViewModel(new Typesetter(measurer), layoutWork, new LibraryPositions(libraryWork::execute, library),
                messages);
        ReaderView readerView = new ReaderView(reader, measurer, messages, vm.fontSizeProperty().get());
        NoticeOpener opener = new NoticeOpener(libraryWork, notices, reader, readerView::focus, vm::failed);
        LibraryTree tree = new LibraryTree(messages, libraryWork, notices::ofIssue);
        SearchViewModel searchVm = new SearchViewModel(() -> library.get() == null ? null : library.get().searcher(),
                searchWork, messages);
        SearchPane search = new SearchPane(searchVm, messages, opener::openAtHits, vm.issuesProperty());
        BookmarksPane bookmarks = new BookmarksPane(messages, libraryWork, library, reader, opener::jump, vm::failed);
        LibraryRefresh refresh = new LibraryRefresh(libraryWork, library, vm, bookmarks::refresh);
        importer = new ImportController(messages, libraryWork, library, refresh, () -> stage);
        // Another program importing into the same library: show its issues as they are committed.
        watcher = new LibraryWatcher(libraryWork, library, refresh, Duration.seconds(3));
        watcher.start();
        PrintBasket basket = new PrintBasket();
        PrintDialog printDialog = new PrintDialog(stage, messages, layoutWork, basket, exports);
        BasketController basketControl = new BasketController(libraryWork, notices, basket, vm, messages, printDialog::show);
        view = new ShellView(messages, vm, new StageControls(stage, messages, () -> library.get() == null ? null : library.get().folder()),
                new ShellCommands(importer, readerView, reader, bookmarks, basketControl),
                tree, reader, readerView, search, bookmarks);
    }
}
