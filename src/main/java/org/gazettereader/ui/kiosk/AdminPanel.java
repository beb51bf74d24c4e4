// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.KioskSettings;

/**
 * What the administrator can do at the terminal after the PIN: leave the kiosk, import a folder (a
 * USB stick: the only file dialog a terminal shows), load the library again, read the counters,
 * and change the idle time and printing for this run (the configuration file stays as it is).
 */
public final class AdminPanel {
    /** What the panel's buttons do. */
    public interface Commands {
        void exitKiosk();

        /** Imports a folder: {@code progress} hears each file, {@code done} the summary or the failure. */
        void importFolder(File folder, Consumer<String> progress, Consumer<String> done,
                          java.util.function.BooleanSupplier cancelled);

        void reload(Consumer<String> said);

        /** Settings for the rest of this run. */
        void apply(KioskSettings changed);

        /** Back to the patrons' screen. */
        void close();
    }

    static final int MIN_IDLE = 30;
    static final int MAX_IDLE = 3600;

    private final Messages m;
    private final Commands commands;
    private final Supplier<KioskSettings> settings;
    private final Supplier<KioskCounters> counters;
    private final StackPane root = new StackPane();
    private final ListView<String> days = new ListView<>();
    private final Label status = new Label();
    private final Label bundles = new Label();
    private final Spinner<Integer> idle = new Spinner<>(MIN_IDLE, MAX_IDLE, KioskSettings.DEFAULT_IDLE_SECONDS, 30);
    private final CheckBox print = new CheckBox();
    private final Button cancelImport;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public AdminPanel(Messages m, Commands commands, Supplier<KioskSettings> settings, Supplier<KioskCounters> counters) {
        this.m = m;
        this.commands = commands;
        this.settings = settings;
        this.counters = counters;
        Label title = new Label(m.get("kiosk.admin.title"));
        title.getStyleClass().add("kiosk-title");
        days.setId("kiosk-admin-counters");
        days.setPrefHeight(220);
        days.setFocusTraversable(false);
        idle.setId("kiosk-admin-idle");
        idle.setEditable(false);
        idle.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        idle.setPrefWidth(220);
        print.setId("kiosk-admin-print");
        print.setText(m.get("kiosk.admin.print"));
        Label idleLabel = new Label(m.get("kiosk.admin.idle"));
        HBox idleRow = new HBox(12, idleLabel, idle);
        idleRow.setAlignment(Pos.CENTER_LEFT);
        Button apply = button("kiosk-admin-apply", m.get("kiosk.admin.apply"), this::apply);
        Button importFolder = button("kiosk-admin-import", m.get("kiosk.admin.import"), this::chooseFolder);
        Button reload = button("kiosk-admin-reload", m.get("kiosk.admin.reload"), () -> {
            status.setText(m.get("kiosk.admin.reloading"));
            commands.reload(status::setText);
        });
        cancelImport = button("kiosk-admin-cancel-import", m.get("kiosk.admin.cancelImport"), () -> cancelled.set(true));
        cancelImport.setVisible(false);
        cancelImport.setManaged(false);
        Button exit = button("kiosk-admin-exit", m.get("kiosk.admin.exit"), commands::exitKiosk);
        exit.getStyleClass().add("danger");
        Button close = button("kiosk-admin-close", m.get("kiosk.admin.close"), commands::close);
        close.getStyleClass().add("accent");
        status.setId("kiosk-admin-status");
        status.setWrapText(true);
        status.setMaxWidth(640);
        bundles.setId("kiosk-admin-bundles");
        bundles.setWrapText(true);
        bundles.setMaxWidth(640);
        VBox box = new VBox(14, title, new Label(m.get("kiosk.admin.counters")), days, idleRow, print, apply,
                new HBox(12, importFolder, cancelImport, reload), status, new Label(m.get("kiosk.bundle.title")), bundles,
                new HBox(12, close, exit));
        box.setId("kiosk-admin-panel");
        box.getStyleClass().add("kiosk-card");
        box.setMaxSize(720, VBox.USE_PREF_SIZE);
        root.getChildren().add(box);
        root.getStyleClass().add("kiosk-veil");
        root.setId("kiosk-admin");
    }

    /** Shows the watch folder's last result (ui/kiosk/BundleWatch). */
    public void showBundles(javafx.beans.value.ObservableValue<String> result) {
        bundles.textProperty().bind(result);
    }

    public Parent root() {
        return root;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinHeight(48);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Fills the panel with the settings of this run and the counters as they are now. */
    public void refresh() {
        KioskSettings s = settings.get();
        idle.getValueFactory().setValue(Math.max(MIN_IDLE, Math.min(MAX_IDLE, s.idleSeconds())));
        print.setSelected(s.printAllowed());
        status.setText("");
        List<String> lines = new ArrayList<>();
        KioskCounters c = counters.get();
        if (c != null) {
            List<KioskCounters.DayStats> all = new ArrayList<>(c.days());
            KioskCounters.DayStats today = c.today();
            all.removeIf(d -> d.day().equals(today.day()));
            all.add(today);
            all.sort((a, b) -> b.day().compareTo(a.day()));
            for (KioskCounters.DayStats d : all) {
                lines.add(m.get("kiosk.admin.day", d.day().toString(), d.sessions(), d.noticesOpened(), d.pagesPrinted()));
                lines.add("　" + m.get("kiosk.admin.searches", d.searches(), d.searchesWithoutHits()));
                if (!d.queriesWithoutHits().isEmpty()) {
                    lines.add("　" + m.get("kiosk.admin.misses", String.join("、", d.queriesWithoutHits())));
                }
            }
        }
        days.getItems().setAll(lines.isEmpty() ? List.of(m.get("kiosk.admin.noCounters")) : lines);
    }

    private void apply() {
        KioskSettings s = settings.get();
        commands.apply(new KioskSettings(s.enabled(), s.library(), s.terminalName(), idle.getValue(), s.warningSeconds(),
                print.isSelected(), s.pagesPerSession(), s.pagesPerDay(), s.savePdfAllowed(), s.pdfFolder(), s.textScale(),
                s.theme(), s.language(), s.adminPinHash(), s.watchFolder(), s.bundleTrust()));
        status.setText(m.get("kiosk.admin.applied", idle.getValue(), m.get(print.isSelected() ? "kiosk.admin.yes" : "kiosk.admin.no")));
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(m.get("import.chooseFolder"));
        File dir = dc.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (dir != null) {
            importFolder(dir);
        }
    }

    /** Imports a folder (also what tests call: they cannot drive the system's folder dialog). */
    void importFolder(File dir) {
        cancelled.set(false);
        cancelImport.setVisible(true);
        cancelImport.setManaged(true);
        status.setText(m.get("import.starting"));
        commands.importFolder(dir, status::setText, said -> {
            status.setText(said);
            cancelImport.setVisible(false);
            cancelImport.setManaged(false);
        }, cancelled::get);
    }
}
