// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.KioskPolicy;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.kiosk.PinGate;
import org.gazettereader.ui.ShellView;

/**
 * The window of a public terminal: the reading surface under the lockdown, the idle countdown,
 * and the administrator's way in (gesture or Ctrl+Alt+Shift+A, PIN pad, panel). One list decides
 * what a patron may do: {@link KioskPolicy#allows} over the window's action ids.
 */
public final class KioskShell {
    /** Scene property under which the running shell is found (tests drive its clock through it). */
    public static final String SCENE_KEY = "gazette.kiosk";
    static final KeyCombination ADMIN_KEYS = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Stage stage;
    private final ShellView view;
    private final KioskSurface surface;
    private final KioskLockdown lockdown;
    private final IdleTimer idle;
    private final AdminGesture gesture;
    private final PinPad pinPad;
    private final AdminPanel admin;
    private final StackPane root;
    private final Timeline ticks;
    private final ReadOnlyObjectWrapper<KioskSettings> settings;
    private final BundleWatch bundles;

    /**
     * {@code surface} is what a patron sees (home screen, reading surface, printing) around {@code view};
     * {@code session} forgets what a patron did (see {@link KioskSession}); {@code gate} is the
     * PIN check; {@code counters} may answer null when the counters could not be opened.
     */
    public KioskShell(Messages m, Stage stage, ShellView view, KioskSurface surface, KioskSettings start, Clock clock,
                      KioskSession session, Function<char[], PinGate.Attempt> gate, Supplier<KioskCounters> counters,
                      KioskLibrary library) {
        this.stage = stage;
        this.view = view;
        this.surface = surface;
        this.settings = new ReadOnlyObjectWrapper<>(start);
        this.bundles = new BundleWatch(m, library, settings::get, clock);
        this.lockdown = new KioskLockdown(stage, view::deniedShortcut);
        this.idle = new IdleTimer(clock, Duration.ofSeconds(start.idleSeconds()), Duration.ofSeconds(start.warningSeconds()),
                () -> {
                    KioskCounters c = counters.get();
                    if (c != null) {
                        c.sessionStarted();
                    }
                }, () -> {
                    closeAdmin();
                    closeOtherWindows();
                    session.forget();
                    bundles.check(); // between patrons: a newer library bundle in the watch folder
                });
        this.gesture = new AdminGesture(clock);
        IdleOverlay overlay = new IdleOverlay(m, idle);
        overlay.root().setOnMouseClicked(e -> idle.extend());
        this.admin = new AdminPanel(m, new AdminPanel.Commands() {
            @Override
            public void exitKiosk() {
                leave();
            }

            @Override
            public void importFolder(java.io.File folder, java.util.function.Consumer<String> progress,
                                     java.util.function.Consumer<String> done, java.util.function.BooleanSupplier cancelled) {
                library.importFolder(folder.toPath(), progress, done, cancelled);
            }

            @Override
            public void reload(java.util.function.Consumer<String> said) {
                library.reload(said);
            }

            @Override
            public void apply(KioskSettings changed) {
                KioskShell.this.apply(changed);
            }

            @Override
            public void close() {
                closeAdmin();
            }
        }, settings::get, counters);
        admin.showBundles(bundles.statusProperty());
        this.pinPad = new PinPad(m, gate, this::openAdmin, this::closeAdmin);
        pinPad.root().setVisible(false);
        admin.root().setVisible(false);
        root = new StackPane(surface.root(), pinPad.root(), admin.root(), overlay.root());
        root.setId("kiosk-root");
        view.lockToReading(new KioskPolicy(start)::allows);
        ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> idle.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /** The scene's root: the window's shell with the kiosk's overlays above it. */
    public Parent root() {
        return root;
    }

    /** Locks the window showing {@code scene}, listens for input and starts the idle clock. */
    public void install(Scene scene) {
        scene.getProperties().put(SCENE_KEY, this);
        view.installActionAccelerators(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            idle.activity();
            if (gesture.press(e.getSceneX(), e.getSceneY())) {
                showPinPad();
            }
        });
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> idle.activity());
        scene.addEventFilter(ScrollEvent.SCROLL, e -> idle.activity());
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> idle.movement());
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> idle.movement());
        lockdown.lock(scene);
        ticks.play();
    }

    private void key(KeyEvent e) {
        if (idle.countingProperty().get()) {
            // One simple action extends the session; the key does nothing else.
            idle.extend();
            e.consume();
            return;
        }
        idle.activity();
        if (ADMIN_KEYS.match(e)) {
            showPinPad();
            e.consume();
        }
    }

    /** What a patron sees: home screen, reading surface, printing. */
    public KioskSurface surface() {
        return surface;
    }

    public IdleTimer idle() {
        return idle;
    }

    /** The settings of this run (the administrator may change idle time and printing). */
    public ReadOnlyObjectProperty<KioskSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Another time source for the idle clock and the corner gesture (tests). */
    public void setClock(Clock clock) {
        idle.setClock(clock);
        gesture.setClock(clock);
        bundles.setClock(clock);
    }

    public boolean locked() {
        return lockdown.locked();
    }

    /** The PIN pad over the reading surface. */
    public void showPinPad() {
        if (admin.root().isVisible()) {
            return;
        }
        pinPad.reset();
        pinPad.root().setVisible(true);
        pinPad.root().requestFocus();
    }

    private void openAdmin() {
        pinPad.reset();
        pinPad.root().setVisible(false);
        admin.refresh();
        admin.root().setVisible(true);
    }

    private void closeAdmin() {
        pinPad.reset();
        pinPad.root().setVisible(false);
        admin.root().setVisible(false);
    }

    private void apply(KioskSettings changed) {
        settings.set(changed);
        idle.setIdle(Duration.ofSeconds(changed.idleSeconds()));
        view.applyPolicy(new KioskPolicy(changed)::allows);
        surface.apply(changed);
    }

    /** Dialogs a patron left open (a bookmark's label, the print preview) go with the session. */
    private void closeOtherWindows() {
        for (Window w : java.util.List.copyOf(Window.getWindows())) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
    }

    /** The administrator leaves the kiosk: the lock is released and the reader closes. */
    private void leave() {
        ticks.stop();
        lockdown.release();
        stage.setFullScreen(false);
        stage.close();
    }

    /** Stops the idle clock and lets go of the window (the application stops). */
    public void stop() {
        ticks.stop();
        if (lockdown.locked()) {
            lockdown.release();
            stage.setFullScreen(false);
        }
    }
}
