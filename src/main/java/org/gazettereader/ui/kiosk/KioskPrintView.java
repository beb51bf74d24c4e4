// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gazettereader.config.Messages;
import org.gazettereader.export.ExportRequest;
import org.gazettereader.export.PdfExporter;
import org.gazettereader.export.PdfPreview;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.print.PagePreview;
import org.gazettereader.ui.print.PreviewViewModel;

/**
 * Printing at a public terminal, in the window (no dialog of the system's): the reader's own preview
 * of the pages, how many the patron may still print, and Print, which sends them straight to the
 * printer when they fit the allowance. Every page names the terminal and the time in its footer.
 * "Save as PDF" appears only when the terminal allows it, and saves into its configured folder under
 * a name of its own making: no file dialog.
 */
public final class KioskPrintView {
    /** An A4 page 150 dpi wide. */
    private static final float PRINT_WIDTH_PX = 1240;

    private final KioskPrintViewModel vm;
    private final Background background;
    private final KioskPrinter printer;
    private final Supplier<LocalDateTime> clock;
    private final Supplier<Path> library;
    private final PagePreview preview;
    private final BorderPane root = new BorderPane();
    private List<LibraryNotice> notices = List.of();
    private byte[] pdf;
    private long generation;
    private Runnable onClose = () -> { };

    /**
     * {@code library} gives the open library's folder (PDFs are never saved inside it); {@code clock}
     * the time printed in the footers.
     */
    public KioskPrintView(KioskPrintViewModel vm, Messages m, Background background, KioskPrinter printer,
                          Supplier<LocalDateTime> clock, Supplier<Path> library) {
        this.vm = vm;
        this.background = background;
        this.printer = printer;
        this.clock = clock;
        this.library = library;
        this.preview = new PagePreview(new PreviewViewModel(m), background, m);
        root.setId("kiosk-print");
        root.getStylesheets().add(KioskTouch.stylesheet(HomeScreen.STYLESHEET));

        Label allowance = new Label();
        allowance.setId("kiosk-print-allowance");
        allowance.getStyleClass().add("kiosk-print-allowance");
        allowance.textProperty().bind(vm.allowanceProperty());
        Label message = new Label();
        message.setId("kiosk-print-message");
        message.getStyleClass().add("kiosk-print-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.refusedProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(PseudoClass.getPseudoClass("refused"), now));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button print = action("kiosk-print-print", m.get("kioskPrint.print"), this::print);
        print.getStyleClass().add("accent");
        print.disableProperty().bind(vm.pagesProperty().isEqualTo(0).or(vm.busyProperty()));
        Button save = action("kiosk-print-save", m.get("kioskPrint.savePdf"), this::savePdf);
        save.setVisible(vm.savePdfAllowed());
        save.setManaged(vm.savePdfAllowed());
        save.disableProperty().bind(vm.pagesProperty().isEqualTo(0));
        Button close = action("kiosk-print-close", m.get("kioskPrint.close"), () -> onClose.run());
        VBox text = new VBox(allowance, message);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(text, print, save, close);
        bar.getStyleClass().addAll("kiosk-print-bar", "reader-bar");
        root.setTop(bar);
        root.setCenter(preview.root());
    }

    private static Button action(String id, String text, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("kiosk-print-action");
        b.setMinHeight(52);
        b.setOnAction(e -> run.run());
        return b;
    }

    public Parent root() {
        return root;
    }

    public KioskPrintViewModel viewModel() {
        return vm;
    }

    /** Called by "back to reading" (the shell shows the reader again). */
    public void setOnClose(Runnable action) {
        onClose = action == null ? () -> { } : action;
    }

    /** Lays out {@code list} (the notice being read, or the basket) and previews it; the latest request wins. */
    public void show(List<LibraryNotice> list) {
        long gen = ++generation;
        notices = List.copyOf(list);
        pdf = null;
        vm.setPages(0);
        preview.show(null, 0);
        if (notices.isEmpty()) {
            preview.say(vm.messageProperty().get());
            return;
        }
        List<LibraryNotice> shown = notices;
        background.submit(() -> {
            byte[] bytes = export(shown, clock.get());
            return new Laid(bytes, PdfPreview.pages(bytes));
        }, laid -> {
            if (gen == generation) {
                pdf = laid.pdf();
                vm.setPages(laid.pages());
                preview.show(laid.pdf(), laid.pages());
            }
        }, e -> {
            if (gen == generation) {
                vm.failed(reason(e));
            }
        });
        preview.focus();
    }

    private record Laid(byte[] pdf, int pages) {
    }

    /** The PDF a kiosk prints: the terminal's name and {@code at} in every page's footer. */
    byte[] export(List<LibraryNotice> list, LocalDateTime at) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(new ExportRequest(list, null, null, at, vm.terminal()), out);
        return out.toByteArray();
    }

    /**
     * Prints the previewed pages on the printer, without a dialog: refused whole when they are more
     * than the allowance left; without a printer, says so and takes nothing from the allowance.
     */
    void print() {
        if (pdf == null || !vm.mayPrint()) {
            return;
        }
        KioskPrinter.Job job = printer.open();
        if (job == null) {
            vm.noPrinter();
            return;
        }
        if (!vm.take()) {
            return;
        }
        vm.printing();
        List<LibraryNotice> list = notices;
        // Laid out again so that the footer carries the time of printing, not of the preview.
        background.submit(() -> export(list, clock.get()), bytes -> printFrom(job, bytes, 0, vm.pagesProperty().get()),
                e -> vm.failed(reason(e)));
    }

    /**
     * Renders page {@code index} in the background and prints it, then the next: one page image in
     * memory at a time (a page at 150 dpi is some 9 MB).
     */
    private void printFrom(KioskPrinter.Job job, byte[] bytes, int index, int count) {
        if (index >= count) {
            if (job.end()) {
                vm.printed(count);
            } else {
                vm.jobFailed();
            }
            return;
        }
        background.submit(() -> toFx(PdfPreview.renderPage(bytes, index, PRINT_WIDTH_PX)), image -> {
            ImageView page = new ImageView(image);
            page.setFitWidth(job.printableWidth());
            page.setFitHeight(job.printableHeight());
            page.setPreserveRatio(true);
            if (job.print(page)) {
                printFrom(job, bytes, index + 1, count);
            } else {
                vm.jobFailed();
            }
        }, e -> vm.failed(reason(e)));
    }

    /** Saves the pages into the terminal's PDF folder, under a new name; refused when the terminal does not allow it. */
    void savePdf() {
        if (pdf == null) {
            return;
        }
        LibraryNotice first = notices.get(0);
        String base = notices.size() == 1 && first.notice().docNumber() != null ? first.notice().docNumber()
                : first.notice().title();
        var target = vm.pdfTarget(base, clock.get(), library.get());
        if (target.isEmpty()) {
            vm.saveRefused();
            return;
        }
        List<LibraryNotice> list = notices;
        background.submit(() -> {
            KioskPrintViewModel.write(target.get(), export(list, clock.get()));
            return target.get();
        }, vm::saved, e -> vm.failed(reason(e)));
    }

    private static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The preview's page, for tests and the shell's focus. */
    Node previewNode() {
        return preview.root();
    }
}
