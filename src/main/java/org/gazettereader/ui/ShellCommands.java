// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import org.gazettereader.ui.bookmarks.BookmarksPane;
import org.gazettereader.ui.print.BasketController;
import org.gazettereader.ui.print.Pointed;
import org.gazettereader.ui.print.PrintChoice;
import org.gazettereader.ui.reader.ReaderView;
import org.gazettereader.ui.reader.ReaderViewModel;

/** What the window's importing, reading, bookmark and print actions do, each handed to the part that does it. */
public final class ShellCommands implements ShellActions.Commands {
    private final ImportController importer;
    private final ReaderView readerView;
    private final ReaderViewModel reader;
    private final BookmarksPane bookmarks;
    private final BasketController basket;
    private final BundleController bundles;

    public ShellCommands(ImportController importer, ReaderView readerView, ReaderViewModel reader, BookmarksPane bookmarks,
                         BasketController basket, BundleController bundles) {
        this.importer = importer;
        this.readerView = readerView;
        this.reader = reader;
        this.bookmarks = bookmarks;
        this.basket = basket;
        this.bundles = bundles;
    }

    @Override
    public void importFiles() {
        importer.chooseFiles();
    }

    @Override
    public void importFolder() {
        importer.chooseFolder();
    }

    @Override
    public void exportBundle() {
        bundles.export();
    }

    @Override
    public void installBundle() {
        bundles.install();
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
    public void addToBasket(Pointed at) {
        basket.add(at);
    }

    @Override
    public void print(PrintChoice choice) {
        basket.print(choice);
    }
}
