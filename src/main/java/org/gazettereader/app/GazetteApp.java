// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gazettereader.cli.WindowRequest;
import org.gazettereader.config.DataHome;
import org.gazettereader.config.Messages;
import org.gazettereader.config.Preferences;
import org.gazettereader.kiosk.KioskConfig;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.kiosk.PinGate;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import org.gazettereader.ui.BundledFont;
import org.gazettereader.ui.IconFonts;
import org.gazettereader.ui.LibraryPane;
import org.gazettereader.ui.LibraryWatcher;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.gazettereader.ui.ShellView;
import org.gazettereader.ui.ShellViewModel;
import org.gazettereader.ui.Theme;
import org.gazettereader.ui.kiosk.KioskLibrary;
import org.gazettereader.ui.kiosk.KioskShell;
import org.gazettereader.ui.kiosk.KioskTouch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the one place where the window's objects are created and wired. */
public final class GazetteApp extends Application {
    static final String LIBRARY_PARAM = "library";
    /** Named parameter {@code kiosk=true}: run as a public terminal (Main passes it for {@code --kiosk}). */
    public static final String KIOSK_PARAM = "kiosk";
    /** Named parameter {@code kiosk-config=PATH}: the terminal's configuration file. */
    public static final String KIOSK_CONFIG_PARAM = "kiosk-config";

    private Preferences prefs;
    private Messages messages;
    private ShellViewModel vm;
    private Stage stage;
    private final FxBackground libraryWork = new FxBackground("gazette-library");
    private final FxBackground layoutWork = new FxBackground("gazette-layout");
    private final FxBackground searchWork = new FxBackground("gazette-search");
    private final FxBackground warmUpWork = new FxBackground("gazette-warm-up");
    private volatile boolean stopping;
    /** Parsing issues again after an upgrade: its own thread, so that reading goes on meanwhile. */
    private final FxBackground reparseWork = new FxBackground("gazette-reparse");
    private LibraryWatcher watcher;
    private volatile Library openLibrary;
    /** FX thread: the window shows the opened library; the opening's progress reports are done. */
    private boolean libraryShown;
    private ReaderViewModel readerVm;
    private KioskSettings kiosk = KioskSettings.off();
    private KioskShell kioskShell;
    private OutdatedIssues outdated;
    /** The reader's settings; none for a public terminal. */
    private WindowPreferences windowPrefs;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        DataHome home = DataHome.resolve();
        Logging.configure(home);
        Logger log = LoggerFactory.getLogger(GazetteApp.class);
        Libraries libraries = new Libraries(home);
        // Read once, here: the toolkit forgets an application's parameters once it has stopped, and work
        // posted before the stop may still run after it.
        Map<String, String> named = Map.copyOf(getParameters().getNamed());
        kiosk = kioskSettings(named);
        Path explicit = libraryNamed(named, kiosk);
        Path library = libraries.resolve(explicit);
        // Main decided before JavaFX started; a start without Main (tests, tools) decides here, the same way.
        messages = new Messages(InterfaceLanguage.apply());
        // The library opens (SQLite, the index; a recovery or the sample's import on a first start) while
        // the window is built: the two took 0.45 s and 1.2 s one after the other. Its progress reaches the
        // status line through the FX thread, after start() has made the view model.
        CompletableFuture<OpenedLibrary> opening = new CompletableFuture<>();
        libraryWork.execute(() -> {
            try {
                // A terminal reads its library and writes nothing into it, not even a reading position.
                Library lib = kiosk.enabled() ? libraries.openReadOnly(explicit)
                        : libraries.open(explicit, new OpeningProgress(messages, this::sayWhileOpening));
                openLibrary = lib;
                opening.complete(OpenedLibrary.read(lib, kiosk.enabled()));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        });
        String fontFamily = BundledFont.load(home.cache());
        IconFonts.install(home.cache());
        prefs = Preferences.load(home.preferencesFile());

        // A terminal starts every session the same way: its own theme and the default text size, not the last patron's.
        // The status line of a terminal names it, never the library's folder; its page text follows the text scale.
        vm = kiosk.enabled()
                ? new ShellViewModel(messages, library, messages.get("kioskWire.library"),
                        Theme.fromPreference(kiosk.theme().orElse(null)), ShellViewModel.DEFAULT_FONT * kiosk.textScale())
                : new ShellViewModel(messages, library, Theme.fromPreference(prefs.get("theme", null)),
                        prefs.getDouble("reader.fontSize", ShellViewModel.DEFAULT_FONT));
        // Before the first control: the theme's stylesheet instead of JavaFX's default (Modena).
        vm.themeProperty().get().applyToApplication();
        Clock clock = Clock.systemDefaultZone();
        KioskLibrary kioskLibrary = new KioskLibrary(library, libraryWork, () -> openLibrary, lib -> openLibrary = lib, vm,
                messages);
        PinGate pinGate = new PinGate(kiosk.adminPinHash(), clock);
        UiWiring ui = new UiWiring(stage, messages, vm, fontFamily, () -> openLibrary, libraryWork, layoutWork,
                searchWork, home.exports(), kiosk, clock, kioskLibrary, pinGate::attempt,
                kiosk.enabled() ? counters(home, clock, log) : null, prefs);
        readerVm = ui.reader;
        outdated = new OutdatedIssues(vm, messages, ui.opener::reload);
        watcher = ui.watcher;
        watcher.onReplaced(fresh -> openLibrary = fresh); // a library bundle installed over the open library
        kioskShell = ui.kiosk;
        ShellView view = ui.view;
        Scene scene = new Scene(kioskShell != null ? kioskShell.root() : view.root());
        scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        vm.themeProperty().get().apply(scene);
        vm.themeProperty().addListener((obs, old, now) -> now.apply(scene));
        // After the theme: targets a finger can hit and the whole window at the terminal's text scale.
        KioskTouch.apply(scene, kiosk);
        view.installExtraAccelerators(scene);

        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        if (kioskShell == null) {
            view.installDragAndDrop(scene, ui.importer::importFiles);
            WindowGeometry.restore(stage, prefs);
            windowPrefs = new WindowPreferences(prefs, stage, vm);
            stage.setOnHidden(e -> windowPrefs.close());
        } else {
            // The screen's size from the start: a window sized to its content (the tall home screen) may stay
            // larger than the screen where full screen is up to a bare X server.
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        stage.setScene(scene);
        // The library has usually opened while the window was built: then the window is shown with its
        // tree filled, in one styling and layout pass instead of two.
        if (opening.isDone() && !opening.isCompletedExceptionally()) {
            showLibrary(opening.join());
        }
        stage.show();
        if (windowPrefs != null) {
            windowPrefs.follow();
        }
        if (kioskShell != null) {
            // Once shown: a window goes full screen only when it is on screen (Monocle refuses before).
            kioskShell.install(scene);
        }
        log.info(kioskShell != null ? "Window open as a public terminal on library {}" : "Window open on library {}", library);
        // Opening may recover the index or import the bundled sample on first start: never on the FX thread.
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (stopping) {
                return; // the window closed while its library opened: nothing left to show it in
            }
            if (failure != null) {
                // As the opening task gave it: the action is on that future itself, nothing wraps it.
                log.error("Cannot open the library {}", library, failure);
                vm.libraryFailed(failure);
                return;
            }
            if (!libraryShown) {
                showLibrary(opened);
            }
            // Once the window has its size: the reading view paginates for it.
            opened.lastRead().ifPresent(n -> readerVm.open(LibraryPane.document(n), opened.at()));
            AfterLayout.run(scene, () -> {
                StartupProbe.report();
                Library lib = opened.library();
                // A .gzb opened from the desktop: offered for install once the library it goes into is open.
                String bundle = named.get(WindowRequest.BUNDLE_PARAM);
                if (bundle != null && kioskShell == null) {
                    ui.bundles.install(Path.of(bundle));
                }
                if (Training.requested()) {
                    Training.run(lib, libraryWork, readerVm, ui.search, ui.view::showSearch);
                }
                // Only once the window is usable: before, the two took a core from its start.
                warmUpWork.execute(() -> warmUp(lib));
                if (!Training.requested()) {
                    reparseWork.execute(() -> outdated.reparse(lib));
                }
            });
        }));
    }

    /**
     * On the FX thread: the progress of the library's opening, until the library is shown. A report
     * posted just before the open ended may arrive after the window has shown the library (which it
     * does before its first frame when the open ended meanwhile): it would overwrite "Ready".
     */
    private void sayWhileOpening(String text) {
        if (!libraryShown) {
            vm.say(text);
        }
    }

    /** On the FX thread: the library tree and the status line show the library just opened. */
    private void showLibrary(OpenedLibrary opened) {
        libraryShown = true;
        vm.libraryOpened(opened.issues());
        if (opened.indexBehind()) {
            // Opening could not bring the search index in line (a full disk): searches miss notices.
            vm.say(messages.get("status.indexBehind"));
        }
        // The watcher learns the version the window now shows at once, not at its first
        // tick: an import by another program meanwhile would otherwise pass unseen.
        watcher.poll();
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

    /**
     * The library folder named for this window, or null for the person's default library: {@code
     * --library}, else the terminal configuration's {@code library} when the window runs as a terminal.
     * A reader that is not a terminal keeps the person's own library, as the command line does, whatever
     * library the terminals of the machine are given.
     */
    static Path libraryNamed(Map<String, String> named, KioskSettings kiosk) {
        String given = named.get(LIBRARY_PARAM);
        if (given != null) {
            return Path.of(given);
        }
        return kiosk.enabled() ? kiosk.library().orElse(null) : null;
    }

    /**
     * The one place that decides whether the window is a public terminal: {@code kiosk=true}
     * ({@code --kiosk}) and the configuration file ({@code kiosk-config=PATH}, else the system-wide
     * one when it exists), read as the command line reads them.
     */
    static KioskSettings kioskSettings(Map<String, String> named) {
        boolean on = Boolean.parseBoolean(named.getOrDefault(KIOSK_PARAM, "false"));
        Optional<Path> file = Optional.ofNullable(named.get(KIOSK_CONFIG_PARAM)).map(Path::of);
        return KioskConfig.resolve(file, on, KioskConfig.systemFile()).settings();
    }

    /** The librarian's counters, in the data folder (never in the library); none when they cannot be opened. */
    private static KioskCounters counters(DataHome home, Clock clock, Logger log) {
        try {
            return new KioskCounters(home.kioskCounters(), clock);
        } catch (RuntimeException e) {
            log.warn("Kiosk counters are off: {}", e.getMessage());
            return null;
        }
    }

    /** The reader's settings as this window keeps them; null for a public terminal. */
    WindowPreferences windowPreferences() {
        return windowPrefs;
    }

    @Override
    public void stop() {
        if (kioskShell != null) {
            kioskShell.stop();
        }
        if (outdated != null) {
            outdated.stop();
        }
        if (watcher != null) {
            watcher.stop();
        }
        stopping = true;
        if (windowPrefs != null) {
            windowPrefs.close();
        }
        // Let an open, a first-start import or a position save in progress finish, then close the library.
        layoutWork.close();
        searchWork.close();
        warmUpWork.close();
        libraryWork.close();
        reparseWork.close();
        Library lib = openLibrary;
        if (lib != null) {
            lib.close();
        }
    }
}
