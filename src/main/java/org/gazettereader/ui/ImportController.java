// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gazettereader.config.Messages;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;

/**
 * Import from the window: File › Import (files or a folder) and drag and drop. A progress dialog
 * with Cancel, then a summary of imported, duplicate and failed files with their reasons; the tree
 * and search see the new issues at once.
 */
public final class ImportController {
    private final Messages m;
    private final Background background;
    private final Supplier<Library> library;
    private final Runnable afterImport;
    private final Supplier<Window> owner;
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    public ImportController(Messages m, Background background, Supplier<Library> library, Runnable afterImport,
                            Supplier<Window> owner) {
        this.m = m;
        this.background = background;
        this.library = library;
        this.afterImport = afterImport;
        this.owner = owner;
    }

    /** Whether an import started here is still running (quitting then asks first). */
    public boolean running() {
        return running.get() > 0;
    }

    public void chooseFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("import.chooseFiles"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("import.filter"), "*.txt", "*.pdf", "*.TXT", "*.PDF"),
                new FileChooser.ExtensionFilter(m.get("import.filterAll"), "*"));
        List<File> files = fc.showOpenMultipleDialog(owner.get());
        if (files != null && !files.isEmpty()) {
            importFiles(files);
        }
    }

    public void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(m.get("import.chooseFolder"));
        File dir = dc.showDialog(owner.get());
        if (dir != null) {
            importFiles(List.of(dir));
        }
    }

    /** Imports files or folders (also what is dropped on the window). */
    public void importFiles(List<File> files) {
        Library lib = library.get();
        if (lib == null || files.isEmpty()) {
            return;
        }
        List<Path> paths = files.stream().map(File::toPath).toList();
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressBar bar = new ProgressBar(0);
        bar.setId("import-progress");
        bar.setPrefWidth(420);
        Label what = new Label(m.get("import.starting"));
        what.setId("import-file");
        Dialog<ButtonType> progress = new Dialog<>();
        progress.initOwner(owner.get());
        progress.setTitle(m.get("import.title"));
        progress.setHeaderText(m.get("import.header", files.size()));
        VBox box = new VBox(10, what, bar);
        box.setPadding(new Insets(10));
        progress.getDialogPane().setContent(box);
        progress.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        progress.setResultConverter(b -> {
            cancelled.set(true);
            return b;
        });
        progress.show();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(int done, int total, Path file) {
                Platform.runLater(() -> {
                    bar.setProgress(total == 0 ? 1 : (double) done / total);
                    what.setText(file == null ? m.get("import.finishing")
                            : m.get("import.file", done + 1, total, file.getFileName()));
                });
            }

            @Override
            public void pages(Path file, int done, int total) {
                if (total >= 200 && (done % 50 == 0 || done == total)) {
                    Platform.runLater(() -> what.setText(m.get("import.pages", file.getFileName(), done, total)));
                }
            }
        };
        running.incrementAndGet();
        background.submit(() -> lib.importPaths(paths, listener, cancelled::get), summary -> {
            running.decrementAndGet();
            progress.setResultConverter(b -> b);
            progress.close();
            afterImport.run();
            showSummary(summary);
        }, e -> {
            running.decrementAndGet();
            progress.close();
            Alert a = new Alert(Alert.AlertType.ERROR, m.describe(e), ButtonType.OK);
            a.initOwner(owner.get());
            a.setHeaderText(m.get("import.failed"));
            a.show();
        });
    }

    private void showSummary(ImportSummary s) {
        StringBuilder b = new StringBuilder();
        if (s.stop() != null) {
            b.append(m.problem(s.stop())).append("\n\n");
        }
        for (ImportSummary.FileOutcome f : s.files()) {
            b.append(m.get("import.outcome." + f.outcome().name().toLowerCase(Locale.ROOT))).append("　")
                    .append(f.file().getFileName()).append("：").append(m.problem(f.problem())).append('\n');
        }
        Alert a = new Alert(s.count(ImportSummary.Outcome.FAILED) > 0 || s.stop() != null ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        a.initOwner(owner.get());
        a.setTitle(m.get("import.title"));
        a.setHeaderText(m.get(s.cancelled() ? "import.summaryCancelled" : "import.summary",
                s.count(ImportSummary.Outcome.IMPORTED) + s.count(ImportSummary.Outcome.REPLACED),
                s.count(ImportSummary.Outcome.DUPLICATE), s.count(ImportSummary.Outcome.FAILED), s.notices()));
        TextArea details = new TextArea(b.toString());
        details.setId("import-summary");
        details.setEditable(false);
        details.setWrapText(true);
        // A reason often takes two lines: room for them, and a width that fits a file name and its reason.
        details.setPrefRowCount(Math.min(14, 2 * s.files().size() + 1));
        details.setPrefColumnCount(48);
        a.getDialogPane().setContent(details);
        a.show();
    }
}
