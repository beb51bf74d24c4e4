// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.SameThreadBackground;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Printing at a public terminal: the allowance shown, the page over it refused, the footer on every page, PDFs only where allowed. */
class KioskPrintTest extends KioskViews {
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 10, 15);
    static final String TERMINAL = "阅览室一号终端";

    @TempDir
    Path pdfs;

    @BeforeAll
    static void library() throws Exception {
        openLibrary(0);
    }

    /** Pages left, taken all or none, as the kiosk's quota does. */
    static final class Left implements PageAllowance {
        int left;

        Left(int left) {
            this.left = left;
        }

        @Override
        public int remaining() {
            return left;
        }

        @Override
        public boolean take(int pages) {
            if (pages > left) {
                return false;
            }
            left -= pages;
            return true;
        }
    }

    /** A printer that keeps what it was sent (this machine has none); null when {@code present} is false. */
    static final class Tray implements KioskPrinter {
        final List<ImageView> pages = new ArrayList<>();
        int jobs;
        int ended;
        boolean present = true;

        @Override
        public Job open() {
            if (!present) {
                return null;
            }
            jobs++;
            return new Job() {
                @Override
                public String printerName() {
                    return "tray";
                }

                @Override
                public double printableWidth() {
                    return 523;
                }

                @Override
                public double printableHeight() {
                    return 770;
                }

                @Override
                public boolean print(Node page) {
                    pages.add((ImageView) page);
                    return true;
                }

                @Override
                public boolean end() {
                    ended++;
                    return true;
                }
            };
        }
    }

    private static KioskSettings settings(boolean print, boolean savePdf, Path folder) {
        KioskSettings d = KioskSettings.defaults(true);
        return new KioskSettings(true, Optional.empty(), TERMINAL, d.idleSeconds(), d.warningSeconds(), print, 12, 500,
                savePdf, Optional.ofNullable(folder), d.textScale(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private LibraryNotice notice(String docNumber) {
        return library.find(docNumber).get(0);
    }

    private KioskPrintView view(KioskSettings settings, PageAllowance allowance, KioskPrinter printer, LibraryNotice n) {
        KioskPrintView[] v = new KioskPrintView[1];
        robot.interact(() -> v[0] = new KioskPrintView(new KioskPrintViewModel(settings, allowance, m), m,
                new SameThreadBackground(), printer, () -> AT, () -> library.folder()));
        show(v[0].root(), 1000, 760);
        robot.interact(() -> v[0].show(List.of(n)));
        WaitForAsyncUtils.waitForFxEvents();
        return v[0];
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void thePagesOverTheAllowanceAreRefusedWithTheMessageAndNothingIsTaken() throws Exception {
        Left allowance = new Left(0);
        Tray tray = new Tray();
        KioskPrintView v = view(settings(true, false, null), allowance, tray, notice("吕政函〔2022〕94号"));
        int pages = v.viewModel().pagesProperty().get();
        assertThat(pages).isGreaterThan(1);
        robot.interact(() -> {
            allowance.left = pages - 1;
            v.viewModel().refresh();
        });
        assertThat(text("#kiosk-print-allowance")).isEqualTo("本次还可打印 " + (pages - 1) + " 页");
        assertThat(text("#kiosk-print-message")).isEqualTo("这份共 " + pages + " 页");
        // One page more than remains: refused, before any printer is asked.
        robot.clickOn("#kiosk-print-print");
        assertThat(text("#kiosk-print-message")).isEqualTo("这份共 " + pages + " 页，超过了本次还可打印的 " + (pages - 1)
                + " 页，不能打印。");
        assertThat(robot.lookup("#kiosk-print-message").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("refused");
        assertThat(tray.jobs).isZero();
        assertThat(allowance.left).isEqualTo(pages - 1);

        // Exactly what remains: printed, each page scaled to the paper, the allowance used up.
        robot.interact(() -> allowance.left = pages);
        robot.clickOn("#kiosk-print-print");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tray.ended == 1);
        assertThat(tray.pages).hasSize(pages);
        assertThat(tray.pages.get(0).getFitWidth()).isEqualTo(523);
        assertThat(allowance.left).isZero();
        assertThat(text("#kiosk-print-message")).isEqualTo("已打印 " + pages + " 页，请到打印机取件。");
        assertThat(text("#kiosk-print-allowance")).isEqualTo("本次还可打印 0 页");
        // And again: nothing left, refused.
        robot.clickOn("#kiosk-print-print");
        assertThat(text("#kiosk-print-message")).isEqualTo("这份共 " + pages + " 页，超过了本次还可打印的 0 页，不能打印。");
        assertThat(tray.jobs).isEqualTo(1);
        // No file dialog and no save at a terminal that does not allow it.
        assertThat(robot.lookup("#kiosk-print-save").query().isVisible()).isFalse();
        snapshot("kiosk-print.png");
    }

    @Test
    void withoutAPrinterItSaysSoAndTakesNothing() {
        Left allowance = new Left(12);
        Tray tray = new Tray();
        tray.present = false;
        view(settings(true, false, null), allowance, tray, notice("吕政函〔2022〕94号"));
        assertThat(text("#kiosk-print-allowance")).isEqualTo("本次还可打印 12 页");
        robot.clickOn("#kiosk-print-print");
        assertThat(text("#kiosk-print-message")).isEqualTo("没有可用的打印机，请联系工作人员。");
        assertThat(allowance.left).isEqualTo(12);
    }

    @Test
    void aTerminalThatDoesNotPrintSaysSo() {
        Left allowance = new Left(12);
        Tray tray = new Tray();
        view(settings(false, false, null), allowance, tray, notice("吕政函〔2022〕94号"));
        assertThat(text("#kiosk-print-allowance")).isEqualTo("这台终端不提供打印。");
        robot.clickOn("#kiosk-print-print");
        assertThat(tray.jobs).isZero();
        assertThat(allowance.left).isEqualTo(12);
    }

    @Test
    void everySavedPageNamesTheTerminalAndTheTimeAndGoesOnlyToTheConfiguredFolder() throws Exception {
        Left allowance = new Left(12);
        Path folder = pdfs.resolve("kiosk-pdf");
        KioskPrintView v = view(settings(true, true, folder), allowance, new Tray(), notice("吕政发〔2022〕18号"));
        Button save = robot.lookup("#kiosk-print-save").queryAs(Button.class);
        assertThat(save.isVisible()).isTrue();
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isDirectory(folder) && Files.list(folder).count() == 1);
        Path saved;
        try (var files = Files.list(folder)) {
            saved = files.findFirst().orElseThrow();
        }
        // A name of its own making: the 文号 and the time, no dialog.
        assertThat(saved.getFileName().toString()).isEqualTo("吕政发〔2022〕18号-20261130-101500.pdf");
        assertThat(text("#kiosk-print-message")).isEqualTo("已保存为 " + saved.getFileName());
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(v.viewModel().pagesProperty().get());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("page " + p).contains("打印于 2026-11-30 10:15　终端 " + TERMINAL);
            }
        }
        // Saving twice never overwrites: a second file.
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.list(folder).count() == 2);
        assertThat(folder.resolve("吕政发〔2022〕18号-20261130-101500-2.pdf")).exists();
        // Saving is not printing: the allowance is untouched.
        assertThat(allowance.left).isEqualTo(12);
        // A folder inside the library is refused.
        KioskPrintViewModel inside = new KioskPrintViewModel(settings(true, true, library.folder().resolve("pdf")), allowance, m);
        assertThat(inside.pdfTarget("x", AT, library.folder())).isEmpty();
    }
}
