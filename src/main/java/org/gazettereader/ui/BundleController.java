// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.gazettereader.bundle.BundleException;
import org.gazettereader.bundle.BundleInstaller;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.bundle.BundleVerifier;
import org.gazettereader.bundle.BundleListener;
import org.gazettereader.bundle.BundleWriter;
import org.gazettereader.config.Messages;
import org.gazettereader.config.Problem;
import org.gazettereader.library.Library;

/**
 * File › Export library bundle and File › Install library bundle: the choices in a dialog, the
 * work on the library's thread with its phases in a progress dialog and on the status line, Cancel,
 * and one message for the result or the refusal in the interface language. After a replacing
 * install the window opens the new library ({@code afterReplace}: the watcher's reopen).
 */
public final class BundleController {
    /** Where the trusted public key line is remembered between runs (the preferences). */
    public interface TrustMemory {
        Optional<String> recall();

        void remember(String line);
    }

    /** The preference that remembers the trusted public key line. */
    public static final String TRUST_PREFERENCE = "bundle.trust";
    /** Property of the window's root under which the controller is found (tests hand it their file answers). */
    public static final String KEY = "gazette.bundles";

    private final Messages m;
    private final Background work;
    private final Supplier<Library> library;
    private BundleFiles files;
    private final Supplier<Window> owner;
    private final TrustMemory trust;
    private final Runnable afterReplace;
    private final Runnable afterMerge;
    private final Consumer<String> status;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    public BundleController(Messages m, Background work, Supplier<Library> library, BundleFiles files, Supplier<Window> owner,
                            TrustMemory trust, Runnable afterReplace, Runnable afterMerge, Consumer<String> status, Clock clock) {
        this.m = m;
        this.work = work;
        this.library = library;
        this.files = files;
        this.owner = owner;
        this.trust = trust;
        this.afterReplace = afterReplace;
        this.afterMerge = afterMerge;
        this.status = status;
        this.clock = clock;
    }

    /** Another source of file answers (tests: the system's file dialogs cannot be driven headless). */
    public void setFiles(BundleFiles files) {
        this.files = files;
    }

    /** The file name offered for a bundle made today. */
    String suggestedName() {
        return m.get("bundle.export.defaultName", LocalDate.now(clock).toString());
    }

    /** File › Export library bundle: where to, whether to sign, then the work with progress. */
    public void export() {
        Library lib = library.get();
        if (lib == null) {
            status.accept(m.get("bundle.noLibrary"));
            return;
        }
        Optional<Path> chosen = files.saveBundle(suggestedName());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get().toAbsolutePath().normalize());
        Path folder = lib.folder().toAbsolutePath().normalize();
        if (target.startsWith(folder)) {
            error("bundle.export.failed", m.problem(Problem.of("bundle.insideLibrary", target, folder)));
            return;
        }
        Optional<Optional<Path>> key = askSigning(target);
        if (key.isEmpty()) {
            return;
        }
        BundleKeys.SigningKey signing = null;
        if (key.get().isPresent()) {
            try {
                signing = BundleKeys.readPrivate(key.get().get());
            } catch (BundleException e) {
                error("bundle.export.failed", m.get("bundle.export.badKey", key.get().get().toString()));
                return;
            }
        }
        BundleWriter.Options options = new BundleWriter.Options(null, null, true, Optional.ofNullable(signing));
        Progress p = new Progress("bundle.export.title", target.getFileName().toString());
        running.incrementAndGet();
        work.submit(() -> BundleWriter.create(lib, target, options, p.listener, p.cancelled::get), created -> {
            p.close();
            running.decrementAndGet();
            String text = m.get(created.manifest().signer() == null ? "bundle.export.doneUnsigned" : "bundle.export.done",
                    created.file().toString(), created.manifest().issues().size(), created.manifest().notices(),
                    megabytes(created.bytes()));
            status.accept(text);
            info("bundle.export.title", text);
        }, e -> {
            p.close();
            running.decrementAndGet();
            failed("bundle.export.failed", e, p.cancelled.get());
        });
    }

    /** Whether an export or install started here is still running (quitting then asks first). */
    public boolean running() {
        return running.get() > 0;
    }

    /** File › Install library bundle: which bundle, which key to trust, replace or merge, then the work with progress. */
    public void install() {
        if (library.get() == null) {
            status.accept(m.get("bundle.noLibrary"));
            return;
        }
        files.openBundle().ifPresent(this::install);
    }

    /**
     * Install {@code chosen} (a .gzb opened from the desktop, or picked in the dialog): which key to
     * trust, replace or merge, then the work with progress.
     */
    public void install(Path chosen) {
        Library lib = library.get();
        if (lib == null) {
            status.accept(m.get("bundle.noLibrary"));
            return;
        }
        Path bundle = chosen.toAbsolutePath().normalize();
        // Not a bundle at all (a text file named .gzb, a cut-off copy): said before any question is asked.
        // Reading its manifest opens the file (a USB stick, a share), so not on the FX thread.
        work.submit(() -> BundleVerifier.manifestOf(bundle), manifest -> askAndInstall(lib, bundle),
                e -> failed("bundle.install.failed", e, false));
    }

    private void askAndInstall(Library lib, Path bundle) {
        Optional<InstallChoice> choice = askInstall(bundle);
        if (choice.isEmpty()) {
            return;
        }
        InstallChoice c = choice.get();
        Path folder = lib.folder();
        if (!c.merge() && !confirmReplace(bundle, folder)) {
            return;
        }
        Progress p = new Progress("bundle.install.title", bundle.getFileName().toString());
        running.incrementAndGet();
        work.submit(() -> BundleInstaller.install(bundle, folder, c.trust(), new BundleInstaller.Options(c.merge(), false),
                p.listener, p.cancelled::get), done -> {
                    p.close();
                    running.decrementAndGet();
                    // Remembered once a bundle it trusted was installed: a key that refused one is not offered again.
                    if (!c.trustLine().isEmpty()) {
                        trust.remember(c.trustLine());
                    }
                    String text = done.merged()
                            ? m.get("bundle.install.merged", done.added(), done.duplicates(), done.failed().size())
                            : m.get("bundle.install.replaced", done.manifest().issues().size(), done.manifest().notices());
                    status.accept(text);
                    (done.merged() ? afterMerge : afterReplace).run();
                    info("bundle.install.title", done.failed().isEmpty() ? text : text + "\n\n" + String.join("\n", done.failed()));
                }, e -> {
                    p.close();
                    running.decrementAndGet();
                    failed("bundle.install.failed", e, p.cancelled.get());
                });
    }

    private static Path withExtension(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gzb") ? p
                : p.resolveSibling(p.getFileName() + ".gzb");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Whether to sign, and with which key file: empty when the person cancelled, an empty key when unsigned. */
    private Optional<Optional<Path>> askSigning(Path target) {
        Dialog<ButtonType> d = dialog("bundle.export.title", m.get("bundle.export.header", target.toString()));
        d.getDialogPane().setId("bundle-export-dialog");
        CheckBox sign = new CheckBox(m.get("bundle.export.sign"));
        sign.setId("bundle-sign");
        TextField keyPath = new TextField();
        keyPath.setId("bundle-key");
        keyPath.setPromptText(m.get("bundle.export.keyPrompt"));
        HBox.setHgrow(keyPath, Priority.ALWAYS);
        Button chooseKey = new Button(m.get("bundle.export.chooseKeyButton"));
        chooseKey.setId("bundle-key-choose");
        chooseKey.setOnAction(e -> files.signingKey().ifPresent(k -> {
            keyPath.setText(k.toString());
            sign.setSelected(true);
        }));
        keyPath.disableProperty().bind(sign.selectedProperty().not());
        Label hint = new Label(m.get("bundle.export.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        d.getDialogPane().setContent(box(sign, new HBox(8, keyPath, chooseKey), hint));
        ButtonType ok = new ButtonType(m.get("bundle.export.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).setId("bundle-ok");
        d.getDialogPane().lookupButton(ok).disableProperty().bind(sign.selectedProperty().and(keyPath.textProperty().isEmpty()));
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ok) {
            return Optional.empty();
        }
        return Optional.of(sign.isSelected() ? Optional.of(Path.of(keyPath.getText().strip())) : Optional.empty());
    }

    /** What the person chose for an install. */
    private record InstallChoice(Optional<PublicKey> trust, boolean merge, String trustLine) {
    }

    private Optional<InstallChoice> askInstall(Path bundle) {
        Dialog<ButtonType> d = dialog("bundle.install.title", m.get("bundle.install.header", bundle.toString(),
                library.get().folder().toString()));
        d.getDialogPane().setId("bundle-install-dialog");
        TextField key = new TextField(trust.recall().orElse(""));
        key.setId("bundle-trust");
        key.setPromptText(BundleKeys.PREFIX + "…");
        key.setPrefColumnCount(40);
        ToggleGroup how = new ToggleGroup();
        RadioButton replace = new RadioButton(m.get("bundle.install.replace"));
        replace.setId("bundle-replace");
        replace.setToggleGroup(how);
        replace.setSelected(true);
        RadioButton merge = new RadioButton(m.get("bundle.install.merge"));
        merge.setId("bundle-merge");
        merge.setToggleGroup(how);
        Label problem = new Label();
        problem.setId("bundle-trust-problem");
        problem.getStyleClass().add(atlantafx.base.theme.Styles.DANGER); // the theme's red for a refusal
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        problem.setMaxWidth(480);
        d.getDialogPane().setContent(box(new Label(m.get("bundle.install.trust")), key, replace, merge, problem));
        ButtonType ok = new ButtonType(m.get("bundle.install.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("bundle-ok");
        PublicKey[] parsed = new PublicKey[1];
        // A key line that cannot be read keeps the dialog open with the reason under it.
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String text = key.getText().strip();
            try {
                parsed[0] = text.isEmpty() ? null : BundleKeys.trusted(text);
                problem.setText("");
            } catch (BundleException ex) {
                problem.setText(m.get("bundle.install.badTrust", text));
                problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                // The reason may take two lines: the dialog grows to show it whole.
                Platform.runLater(() -> d.getDialogPane().getScene().getWindow().sizeToScene());
                e.consume();
            }
        });
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ok) {
            return Optional.empty();
        }
        return Optional.of(new InstallChoice(Optional.ofNullable(parsed[0]), merge.isSelected(), key.getText().strip()));
    }

    private boolean confirmReplace(Path bundle, Path folder) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner.get());
        a.getDialogPane().setId("bundle-confirm");
        a.setTitle(m.get("bundle.install.title"));
        a.setHeaderText(m.get("bundle.install.confirmHeader"));
        a.setContentText(m.get("bundle.install.confirm", folder.toString(), bundle.getFileName().toString()));
        ButtonType yes = new ButtonType(m.get("bundle.install.confirmOk"), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        a.getDialogPane().lookupButton(yes).setId("bundle-confirm-ok");
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    private Dialog<ButtonType> dialog(String titleKey, String header) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(m.get(titleKey));
        d.setHeaderText(header);
        return d;
    }

    private static VBox box(javafx.scene.Node... nodes) {
        VBox box = new VBox(10, nodes);
        box.setPadding(new Insets(10));
        return box;
    }

    /** The progress dialog of one run: its phase and share on the dialog and the status line, and Cancel. */
    private final class Progress {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final BundleListener listener;
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final AtomicBoolean over = new AtomicBoolean();

        Progress(String titleKey, String what) {
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setId("bundle-progress");
            bar.setPrefWidth(420);
            Label phase = new Label(m.get("bundle.phase.starting"));
            phase.setId("bundle-phase");
            dialog.initOwner(owner.get());
            dialog.setTitle(m.get(titleKey));
            dialog.setHeaderText(what);
            dialog.getDialogPane().setId("bundle-progress-dialog");
            dialog.getDialogPane().setContent(box(phase, bar));
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            dialog.setResultConverter(b -> {
                cancelled.set(true);
                phase.setText(m.get("bundle.phase.cancelling"));
                return b;
            });
            // Cancel stops the work; the dialog stays until the work has let go of the files.
            dialog.setOnCloseRequest(e -> {
                if (!over.get()) {
                    e.consume();
                }
            });
            AtomicBoolean posted = new AtomicBoolean();
            listener = (ph, done, total) -> {
                String text = m.get("bundle.phase." + ph.name().toLowerCase(Locale.ROOT));
                double share = total > 0 ? (double) done / total : ProgressBar.INDETERMINATE_PROGRESS;
                String line = total > 0 ? m.get("bundle.phase.share", text, Math.round(share * 100)) : text;
                // Latest report wins: at most one update waits on the JavaFX thread at a time.
                if (posted.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        posted.set(false);
                        if (!over.get() && !cancelled.get()) {
                            phase.setText(line);
                            bar.setProgress(share);
                            status.accept(line);
                        }
                    });
                }
            };
            dialog.show();
        }

        void close() {
            over.set(true);
            dialog.setResultConverter(b -> b);
            dialog.close();
        }
    }

    private void failed(String headerKey, Throwable e, boolean cancelled) {
        if (cancelled && e instanceof BundleException) {
            status.accept(m.problem(Problem.of("bundle.cancelled")));
            return;
        }
        error(headerKey, m.describe(e));
    }

    private void error(String headerKey, String text) {
        status.accept(text);
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(owner.get());
        a.getDialogPane().setId("bundle-message");
        a.setHeaderText(m.get(headerKey));
        a.show();
    }

    private void info(String titleKey, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(owner.get());
        a.getDialogPane().setId("bundle-message");
        a.setTitle(m.get(titleKey));
        a.setHeaderText(null);
        a.show();
    }
}
