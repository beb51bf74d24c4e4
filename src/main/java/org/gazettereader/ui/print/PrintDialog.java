// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.Messages;
import org.gazettereader.export.ExportRequest;
import org.gazettereader.export.IntoLibraryException;
import org.gazettereader.export.PdfExporter;
import org.gazettereader.export.PdfPreview;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.Background;

/**
 * Print and export: the basket (reorder, remove), a page range for a single notice, a preview of
 * the pages as they will print (one page at a time, large, with zoom), then print (printer, copies and pages in the system dialog) or
 * save a PDF. Without a printer it says so and saves the PDF to the exports folder instead.
 */
public final class PrintDialog {
    private final java.util.concurrent.atomic.AtomicInteger writing = new java.util.concurrent.atomic.AtomicInteger();
    private final Messages m;
    private final Background background;
    private final PrintBasket basket;
    private final Path exports;
    private final Stage stage = new Stage();
    private final ListView<LibraryNotice> list = new ListView<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final PagePreview preview;
    private final Label pages = new Label();
    private final Label message = new Label();
    private final Button fallback = new Button();
    private byte[] pdf;
    private long generation;

    public PrintDialog(Window owner, Messages m, Background background, PrintBasket basket, Path exports) {
        this.m = m;
        this.background = background;
        this.basket = basket;
        this.exports = exports;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("print.title"));
        list.setId("print-basket");
        list.setItems(basket.notices());
        list.setPrefWidth(340);
        list.setCellFactory(l -> new ListCell<>() {
            {
                // Long titles wrap within the list instead of scrolling it sideways.
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().add("basket-cell");
            }

            @Override
            protected void updateItem(LibraryNotice n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.notice().title()
                        + (n.notice().docNumber() == null ? "" : "\n" + n.notice().docNumber()));
            }
        });
        Button up = button("print-up", m.get("print.up"), () -> move(-1));
        Button down = button("print-down", m.get("print.down"), () -> move(1));
        Button remove = button("print-remove", m.get("print.remove"), () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                basket.notices().remove(i);
            }
        });
        Button clear = button("print-clear", m.get("print.clear"), () -> basket.notices().clear());
        from.setId("print-from");
        to.setId("print-to");
        from.setPrefColumnCount(3);
        to.setPrefColumnCount(3);
        from.setPromptText(m.get("print.fromPrompt"));
        to.setPromptText(m.get("print.toPrompt"));
        from.setOnAction(e -> refresh());
        to.setOnAction(e -> refresh());
        HBox range = new HBox(6, new Label(m.get("print.pages")), from, new Label("—"), to);
        range.setAlignment(Pos.CENTER_LEFT);
        range.disableProperty().bind(javafx.beans.binding.Bindings.size(basket.notices()).isNotEqualTo(1));
        VBox left = new VBox(8, new Label(m.get("print.basket")), list, new HBox(6, up, down, remove, clear), range);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        preview = new PagePreview(new PreviewViewModel(m), background, m);
        pages.setId("print-pages");
        message.setId("print-message");
        message.setWrapText(true);
        fallback.setId("print-fallback");
        fallback.setVisible(false);
        fallback.setManaged(false);
        fallback.setOnAction(e -> saveToExports());
        Button print = button("print-print", m.get("print.print"), this::print);
        Button save = button("print-save", m.get("print.save"), this::saveAs);
        Button close = button("print-close", m.get("print.close"), stage::close);
        HBox actions = new HBox(8, pages, message, fallback, print, save, close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPadding(new Insets(10));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        BorderPane root = new BorderPane(preview.root(), null, null, actions, left);
        root.setId("print-dialog");
        Scene scene = new Scene(root, 1000, 680);
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        // + / − / 0 zoom the preview wherever the focus is, except in a field where they are typed.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) && !e.isShortcutDown()
                    && preview.zoomKey(e)) {
                e.consume();
            }
        });
        // While the dialog is closed, show() lays the basket out when it opens.
        basket.notices().addListener((javafx.collections.ListChangeListener<LibraryNotice>) c -> {
            if (stage.isShowing()) {
                refresh();
            }
        });
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinHeight(36);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows the dialog in the window's current theme and font, the preview holding the keys. */
    public void show() {
        Window owner = stage.getOwner();
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        refresh();
        stage.show();
        stage.toFront();
        preview.focus();
    }

    private void move(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        basket.move(i, delta);
        list.getSelectionModel().select(Math.max(0, Math.min(basket.notices().size() - 1, i + delta)));
    }

    private Integer number(TextField f) {
        String t = f.getText() == null ? "" : f.getText().strip();
        return t.matches("\\d{1,5}") ? Integer.parseInt(t) : null;
    }

    /** Lays the basket out again and previews its first page, in the background. */
    private void refresh() {
        long gen = ++generation;
        List<LibraryNotice> notices = List.copyOf(basket.notices());
        pdf = null;
        preview.show(null, 0);
        if (notices.isEmpty()) {
            pages.setText(m.get("print.empty"));
            preview.say(m.get("print.empty"));
            return;
        }
        Integer a = notices.size() == 1 ? number(from) : null;
        Integer b = notices.size() == 1 ? number(to) : null;
        pages.setText(m.get("print.laying"));
        preview.say(m.get("print.laying"));
        background.submit(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfExporter.Result result = new PdfExporter().export(new ExportRequest(notices, a, b == null && a != null ? a : b,
                    LocalDateTime.now()), out);
            byte[] bytes = out.toByteArray();
            return new Rendered(bytes, PdfPreview.pages(bytes), result.missingCharacters());
        }, r -> {
            if (gen != generation) {
                return;
            }
            pdf = r.pdf();
            pages.setText(r.missing().isEmpty() ? m.get("print.pageCount", r.pages())
                    : m.get("print.pageCount", r.pages()) + "　" + m.get("print.missingGlyphs", r.missing()));
            preview.show(r.pdf(), r.pages());
        }, e -> {
            pages.setText(m.get("print.failed", m.describe(e)));
            preview.say(m.get("print.failed", m.describe(e)));
        });
    }

    private record Rendered(byte[] pdf, int pages, String missing) {
    }

    /** Prints through the system dialog; with no printer, says so and offers the PDF instead. */
    private void print() {
        if (pdf == null) {
            return;
        }
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            message.setText(m.get("print.noPrinter"));
            fallback.setText(m.get("print.fallback"));
            fallback.setVisible(true);
            fallback.setManaged(true);
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        byte[] bytes = pdf;
        background.submit(() -> PdfPreview.render(bytes, Integer.MAX_VALUE, 150).stream().map(PagePreview::toFx).toList(),
                images -> {
            PageRange[] ranges = job.getJobSettings().getPageRanges();
            for (int i = 0; i < images.size(); i++) {
                if (inRanges(ranges, i + 1)) {
                    ImageView v = new ImageView(images.get(i));
                    var layout = job.getJobSettings().getPageLayout();
                    v.setFitWidth(layout.getPrintableWidth());
                    v.setFitHeight(layout.getPrintableHeight());
                    v.setPreserveRatio(true);
                    if (!job.printPage(v)) {
                        message.setText(m.get("print.jobFailed"));
                        return;
                    }
                }
            }
            job.endJob();
            message.setText(m.get("print.sent", printer.getName()));
        }, e -> message.setText(m.get("print.failed", m.describe(e))));
    }

    private static boolean inRanges(PageRange[] ranges, int page) {
        if (ranges == null || ranges.length == 0) {
            return true;
        }
        for (PageRange r : ranges) {
            if (page >= r.getStartPage() && page <= r.getEndPage()) {
                return true;
            }
        }
        return false;
    }

    private void saveAs() {
        if (pdf == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("print.save"));
        fc.setInitialFileName(fileName());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        var file = fc.showSaveDialog(stage);
        if (file != null) {
            write(file.toPath());
        }
    }

    /** Without a printer (or a file dialog, at a kiosk): the PDF goes to the exports folder. */
    private void saveToExports() {
        if (pdf != null) {
            write(exports.resolve(fileName()));
        }
    }

    /** Whether a PDF is being written to its file (quitting then asks first). */
    public boolean writing() {
        return writing.get() > 0;
    }

    private void write(Path target) {
        byte[] bytes = pdf;
        writing.incrementAndGet();
        background.submit(() -> {
            // Never inside a library folder: a PDF saved over library.db emptied the library (issue 13).
            PdfExporter.refuseInsideLibrary(target);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        }, p -> {
            writing.decrementAndGet();
            message.setText(m.get("print.saved", p));
        }, e -> {
            writing.decrementAndGet();
            message.setText(e instanceof IntoLibraryException into
                    ? m.get("export.intoLibrary", into.library()) : m.get("print.failed", m.describe(e)));
        });
    }

    private String fileName() {
        List<LibraryNotice> ns = basket.notices();
        String base = ns.size() == 1 && ns.get(0).notice().docNumber() != null ? ns.get(0).notice().docNumber()
                : ns.isEmpty() ? "gazette" : ns.size() == 1 && ns.get(0).document() ? ns.get(0).notice().title()
                : new GazetteNames(m).name(ns.get(0).gazette(), ns.get(0).document());
        return base.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".pdf";
    }

}
