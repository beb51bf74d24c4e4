// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.gazettereader.config.AppVersion;
import org.gazettereader.config.Messages;
import org.gazettereader.library.Library;
import org.gazettereader.model.BookmarkEntry;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Anchor;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.ui.ImportController;
import org.gazettereader.ui.LibraryWatcher;
import org.gazettereader.ui.LibraryPane;
import org.gazettereader.ui.LibraryTree;
import org.gazettereader.ui.ShellActions;
import org.gazettereader.ui.ShellView;
import org.gazettereader.ui.ShellViewModel;
import org.gazettereader.ui.bookmarks.BookmarksPane;
import org.gazettereader.ui.print.PrintBasket;
import org.gazettereader.ui.print.PrintDialog;
import org.gazettereader.ui.reader.FxTextMeasurer;
import org.gazettereader.ui.reader.PositionStore;
import org.gazettereader.ui.reader.ReaderView;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.gazettereader.ui.search.SearchPane;
import org.gazettereader.ui.search.SearchViewModel;

/** Creates the window's views and view models and wires them to each other and to the library. */
final class UiWiring {
    final ReaderViewModel reader;
    final ShellView view;
    final ImportController importer;
    final BookmarksPane bookmarks;
    private final ShellViewModel vm;
    private final Supplier<Library> library;
    private final FxBackground libraryWork;
    private ReaderView readerView;

    private final PrintBasket basket = new PrintBasket();
    private final Messages messages;
    private final Stage stage;
    private final java.nio.file.Path exports;
    private SearchPane searchPane;
    private PrintDialog printDialog;
    private final FxBackground layoutWork;
    /** Stopped with the window: it polls through the library executor, which closes then. */
    final LibraryWatcher watcher;

    UiWiring(Stage stage, Messages messages, ShellViewModel vm, String fontFamily, Supplier<Library> library,
             FxBackground libraryWork, FxBackground layoutWork, FxBackground searchWork, java.nio.file.Path exports) {
        this.messages = messages;
        this.stage = stage;
        this.exports = exports;
        this.layoutWork = layoutWork;
        this.vm = vm;
        this.library = library;
        this.libraryWork = libraryWork;
        FxTextMeasurer measurer = new FxTextMeasurer(fontFamily);
        reader = new ReaderViewModel(new Typesetter(measurer), layoutWork, positions(), messages);
        ReaderView readerView = new ReaderView(reader, measurer, messages, vm.fontSizeProperty().get());
        LibraryTree tree = new LibraryTree(messages, libraryWork, issueId -> library.get().notices(issueId));
        SearchViewModel searchVm = new SearchViewModel(() -> library.get() == null ? null : library.get().searcher(),
                searchWork, messages);
        this.readerView = readerView;
        SearchPane search = new SearchPane(searchVm, messages, this::openWithHits, vm.issuesProperty());
        this.searchPane = search;
        bookmarks = new BookmarksPane(messages, libraryWork, library, reader, this::jump, this::failed);
        importer = new ImportController(messages, libraryWork, library, this::refresh, () -> stage);
        // Another program importing into the same library: show its issues as they are committed.
        watcher = new LibraryWatcher(libraryWork, library, this::refresh, javafx.util.Duration.seconds(3));
        watcher.start();
        ShellView[] holder = new ShellView[1];
        ShellActions actions = new ShellActions(messages, vm, windowControls(stage, messages), new ShellActions.Commands() {
            @Override
            public void importFiles() {
                importer.chooseFiles();
            }

            @Override
            public void importFolder() {
                importer.chooseFolder();
            }

            @Override
            public void find() {
                readerView.showFind();
            }

            @Override
            public void findNext() {
                reader.nextHit();
            }

            @Override
            public void findPrevious() {
                reader.previousHit();
            }

            @Override
            public void addBookmark() {
                bookmarks.addAtCurrentPlace();
            }

            @Override
            public void showLibrary() {
                holder[0].showLibrary();
            }

            @Override
            public void showSearch() {
                holder[0].showSearch();
            }

            @Override
            public void showBookmarks() {
                holder[0].showBookmarks();
            }

            @Override
            public void addToBasket() {
                UiWiring.this.addToBasket(holder[0]);
            }

            @Override
            public void print() {
                UiWiring.this.print(holder[0]);
            }
        });
        view = new ShellView(messages, vm, actions, tree, reader, readerView, search, bookmarks);
        holder[0] = view;
    }

    private static ShellActions.WindowControls windowControls(Stage stage, Messages messages) {
        return new ShellActions.WindowControls() {
            @Override
            public void exit() {
                stage.close();
            }

            @Override
            public void toggleFullScreen() {
                stage.setFullScreen(!stage.isFullScreen());
            }

            @Override
            public void showAbout() {
                Alert about = new Alert(Alert.AlertType.INFORMATION);
                about.initOwner(stage);
                about.setTitle(messages.get("about.title"));
                about.setHeaderText(messages.get("app.title") + " " + AppVersion.get());
                about.setContentText(messages.get("about.text", "gazette-reader"));
                about.showAndWait();
            }
        };
    }

    /** Opens a notice (a search hit or a suggestion) on the page of its first hit. */
    private void openWithHits(String noticeId, List<String> words) {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        libraryWork.submit(() -> lib.find(noticeId), found -> {
            if (!found.isEmpty()) {
                reader.openAtHits(LibraryPane.document(found.get(0)), words);
                readerView.focus(); // the keys now turn pages
            }
        }, this::failed);
    }

    private void jump(BookmarkEntry b) {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        libraryWork.submit(() -> lib.find(b.bookmark().noticeId()), found -> {
            if (!found.isEmpty()) {
                LibraryNotice n = found.get(0);
                reader.open(LibraryPane.document(n), new Anchor(b.bookmark().part(), b.bookmark().block(),
                        b.bookmark().offset()));
                readerView.focus();
            }
        }, this::failed);
    }

    /**
     * Adds to the print basket what the person is pointing at: the selected node of the library tree
     * (a notice, or every notice of a section or issue), the selected search result, or else the
     * notice being read.
     */
    private void addToBasket(ShellView view) {
        javafx.scene.Node focus = stage.getScene().getFocusOwner();
        if (within(focus, "library-tree")) {
            var item = view.libraryTree().getSelectionModel().getSelectedItem();
            List<LibraryNotice> found = new java.util.ArrayList<>();
            if (item != null) {
                collect(item, found);
            }
            added(found);
            return;
        }
        String id = null;
        if (within(focus, "search-results") && searchPane.selectedHit() != null) {
            id = searchPane.selectedHit().id();
        } else if (reader.documentProperty().get() != null) {
            id = reader.documentProperty().get().id();
        }
        Library lib = library.get();
        if (id != null && lib != null) {
            String noticeId = id;
            libraryWork.submit(() -> lib.find(noticeId), this::added, this::failed);
        }
    }

    private static void collect(javafx.scene.control.TreeItem<org.gazettereader.ui.TreeNode> item, List<LibraryNotice> out) {
        var v = item.getValue();
        if ((v.kind() == org.gazettereader.ui.TreeNode.Kind.NOTICE || v.kind() == org.gazettereader.ui.TreeNode.Kind.HEADING)
                && v.notice() != null) {
            if (out.stream().noneMatch(n -> n.notice().id().equals(v.notice().notice().id()))) {
                out.add(v.notice());
            }
            return;
        }
        for (var c : item.getChildren()) {
            collect(c, out);
        }
    }

    private void added(List<LibraryNotice> notices) {
        int n = basket.addAll(notices);
        vm.say(messages.get("print.added", n, basket.notices().size()));
    }

    private static boolean within(javafx.scene.Node node, String id) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ctrl+P: what is checked in the library tree joins the basket; with nothing checked and an empty
     * basket, the notice being read is printed.
     */
    private void print(ShellView view) {
        if (printDialog == null) {
            printDialog = new PrintDialog(stage, messages, layoutWork, basket, exports);
        }
        Library lib = library.get();
        List<LibraryNotice> checked = new java.util.ArrayList<>();
        List<Long> unloaded = new java.util.ArrayList<>();
        view.checkedNotices(checked, unloaded);
        if (!checked.isEmpty() || !unloaded.isEmpty()) {
            libraryWork.submit(() -> {
                List<LibraryNotice> all = new java.util.ArrayList<>(checked);
                for (long issueId : unloaded) {
                    all.addAll(lib.notices(issueId));
                }
                return all;
            }, all -> {
                basket.addAll(all);
                printDialog.show();
            }, this::failed);
            return;
        }
        var doc = reader.documentProperty().get();
        if (basket.notices().isEmpty() && doc != null && doc.id() != null && lib != null) {
            libraryWork.submit(() -> lib.find(doc.id()), found -> {
                basket.addAll(found);
                printDialog.show();
            }, this::failed);
        } else {
            printDialog.show();
        }
    }

    /** After an import: the tree and bookmarks show the library as it now is. */
    private void refresh() {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        libraryWork.submit(lib::issues, vm::libraryOpened, e -> vm.libraryFailed(e.getMessage()));
        bookmarks.refresh();
    }

    /** Work on the library failed (already logged with its cause): say so on the status line. */
    private void failed(Throwable e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        vm.say(messages.get("status.failed", reason));
    }

    /** Reading positions live in the library; saving happens on the library's thread. */
    private PositionStore positions() {
        return new PositionStore() {
            @Override
            public void save(String noticeId, Anchor at) {
                Library lib = library.get();
                if (lib != null) {
                    libraryWork.execute(() -> lib.places().savePosition(noticeId, at));
                }
            }

            @Override
            public java.util.Optional<Anchor> load(String noticeId) {
                Library lib = library.get();
                return lib == null ? java.util.Optional.empty()
                        : lib.places().position(noticeId);
            }
        };
    }
}
