// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gazettereader.config.DataHome;
import org.gazettereader.config.Messages;
import org.gazettereader.config.Preferences;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import org.gazettereader.ui.BundledFont;
import org.gazettereader.ui.LibraryPane;
import org.gazettereader.ui.LibraryWatcher;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.gazettereader.ui.ShellView;
import org.gazettereader.ui.ShellViewModel;
import org.gazettereader.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the one place where the window's objects are created and wired. */
public final class GazetteApp extends Application {
    static final String LIBRARY_PARAM = "library";

    private Preferences prefs;
    private ShellViewModel vm;
    private Stage stage;
    private final FxBackground libraryWork = new FxBackground("gazette-library");
    private final FxBackground layoutWork = new FxBackground("gazette-layout");
    private final FxBackground searchWork = new FxBackground("gazette-search");
    private final FxBackground warmUpWork = new FxBackground("gazette-warm-up");
    private volatile boolean stopping;
    private LibraryWatcher watcher;
    private volatile Library openLibrary;
    private ReaderViewModel readerVm;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        DataHome home = DataHome.resolve();
        Logging.configure(home);
        Logger log = LoggerFactory.getLogger(GazetteApp.class);
        String fontFamily = BundledFont.load();
        Libraries libraries = new Libraries(home);
        String given = getParameters().getNamed().get(LIBRARY_PARAM);
        Path explicit = given == null ? null : Path.of(given);
        Path library = libraries.resolve(explicit);
        prefs = Preferences.load(home.preferencesFile());
        // Main decided before JavaFX started; a start without Main (tests, tools) decides here, the same way.
        Messages messages = new Messages(InterfaceLanguage.apply());

        vm = new ShellViewModel(messages, library, Theme.fromPreference(prefs.get("theme", null)),
                prefs.getDouble("reader.fontSize", ShellViewModel.DEFAULT_FONT));
        UiWiring ui = new UiWiring(stage, messages, vm, fontFamily, () -> openLibrary, libraryWork, layoutWork,
                searchWork, home.exports());
        readerVm = ui.reader;
        watcher = ui.watcher;
        watcher.onReplaced(fresh -> openLibrary = fresh); // a library bundle installed over the open library
        ShellView view = ui.view;
        Scene scene = new Scene(view.root());
        scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        vm.themeProperty().get().apply(scene);
        vm.themeProperty().addListener((obs, old, now) -> now.apply(scene));
        view.installExtraAccelerators(scene);
        view.installDragAndDrop(scene, ui.importer::importFiles);

        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        WindowGeometry.restore(stage, prefs);
        stage.setScene(scene);
        stage.setOnHidden(e -> savePreferences());
        stage.show();
        log.info("Window open on library {}", library);
        // Opening may recover the index or import the bundled sample on first start: never on the FX thread.
        libraryWork.execute(() -> {
            try {
                Library lib = libraries.open(explicit, new OpeningProgress(messages, vm::say));
                openLibrary = lib;
                var issues = lib.issues();
                var lastRead = lib.places().lastNotice().flatMap(id -> lib.find(id).stream().findFirst());
                var at = lastRead.flatMap(n -> lib.places().position(n.notice().id())).orElse(null);
                Platform.runLater(() -> {
                    vm.libraryOpened(issues);
                    lastRead.ifPresent(n -> readerVm.open(LibraryPane.document(n), at));
                    StartupProbe.report();
                });
                warmUpWork.execute(() -> warmUp(lib));
            } catch (RuntimeException e) {
                log.error("Cannot open the library {}", library, e);
                Platform.runLater(() -> vm.libraryFailed(e));
            }
        });
    }

    /** Readies the search for the first query after a start (the first patron of the day meets it warm). */
    private void warmUp(Library lib) {
        Logger log = LoggerFactory.getLogger(GazetteApp.class);
        try {
            var r = lib.warmUp(() -> stopping);
            log.info("Search warmed up in {} ms ({} searches{})", r.nanos() / 1_000_000, r.searches(),
                    r.cancelled() ? ", stopped early" : "");
        } catch (RuntimeException e) {
            // Only speed is lost: the first searches are slower, nothing else changes.
            log.warn("Search warm-up of {} stopped: {}", lib.folder(), e.getMessage());
        }
    }

    private void savePreferences() {
        if (prefs == null || stage == null) {
            return;
        }
        WindowGeometry.store(stage, prefs);
        prefs.put("theme", vm.themeProperty().get().name());
        prefs.put("reader.fontSize", vm.fontSizeProperty().get());
        prefs.save();
    }

    @Override
    public void stop() {
        if (watcher != null) {
            watcher.stop();
        }
        stopping = true;
        savePreferences();
        // Let an open, a first-start import or a position save in progress finish, then close the library.
        layoutWork.close();
        searchWork.close();
        warmUpWork.close();
        libraryWork.close();
        Library lib = openLibrary;
        if (lib != null) {
            lib.close();
        }
    }
}
