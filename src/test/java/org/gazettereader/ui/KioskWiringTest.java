// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.TestClock;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.kiosk.KioskPrinter;
import org.gazettereader.ui.kiosk.KioskTouch;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The running terminal as a walk-up patron meets it: the home screen first, a notice opened from
 * the latest issue, 首页 back home, the idle reset back home, the on-screen keyboard in the search
 * panel, and printing within the session's quota with the pages counted for the librarian.
 */
class KioskWiringTest extends KioskApp {
    /** Pages one session may print at this terminal. */
    private static final int QUOTA = 4;
    private static final String TERMINAL = "阅览室二号终端";

    private final TestClock clock = new TestClock();

    @Override
    String[] arguments() {
        return new String[] {"--kiosk=true", "--kiosk-config=" + home.resolve("kiosk.properties")};
    }

    @Override
    void prepare() throws Exception {
        Files.writeString(home.resolve("kiosk.properties"), "kiosk=true\nterminal.name=" + TERMINAL
                + "\nprint.pages.per.session=" + QUOTA + "\n", java.nio.charset.StandardCharsets.UTF_8);
        super.prepare();
    }

    private String status() {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    private static Bounds onScreen(Node n) {
        return n.localToScreen(n.getLayoutBounds());
    }

    /** Taps the latest issue's tile, then the notice with {@code docNumber} in its list; waits for its text. */
    private void readFromHome(String docNumber, String text) throws Exception {
        robot.clickOn("#kiosk-home-latest");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".kiosk-notice-cell").match(c -> shows(c, docNumber))
                .tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<LibraryNotice> list = robot.lookup("#kiosk-home-notices").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().stream().filter(n -> docNumber.equals(n.notice().docNumber()))
                .findFirst().orElseThrow()));
        robot.clickOn(robot.lookup(".kiosk-notice-cell").match(c -> shows(c, docNumber)).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains(text));
    }

    private static boolean shows(Node cell, String docNumber) {
        return cell instanceof ListCell<?> c && c.getItem() instanceof LibraryNotice n && docNumber.equals(n.notice().docNumber());
    }

    @Test
    void theHomeScreenComesFirstOpensANoticeAndIsOneTapAway() throws Exception {
        assertThat(homeShown()).as("the home screen first").isTrue();
        readFromHome("吕政函〔2023〕6号", "便民经营点");
        assertThat(homeShown()).as("the reader shows the notice").isFalse();
        assertThat(robot.lookup("#shell").query().isVisible()).isTrue();
        // The page's text starts at the default size × the terminal's text scale (18 × 1.25), the rest at 14 × 1.25.
        assertThat(robot.lookup("#welcome").query().getStyle()).contains("-fx-font-size: 22px");
        assertThat(scene().getRoot().getStyle()).contains("-fx-font-size: " + KioskTouch.fontPx(1.25) + "px");
        // The status line names the terminal, never the library's folder.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().startsWith("就绪"));
        assertThat(status()).isEqualTo("就绪　公报库：本终端，共 1 期 15 篇公文").doesNotContain(library().toString());

        Node home = robot.lookup("#kiosk-home-button").query();
        assertThat(onScreen(home).getHeight()).as("首页 is a finger's size").isGreaterThanOrEqualTo(KioskTouch.MIN_TARGET_PX);
        robot.clickOn(home);
        assertThat(homeShown()).as("首页 leads home").isTrue();
        assertThat(robot.lookup("#kiosk-home-latest").query().isVisible()).as("at the tiles, not in the issue").isTrue();
        assertLocked("reading from the home screen");
    }

    @Test
    void theIdleResetReturnsToTheHomeScreenAndClosesThePrintScreen() throws Exception {
        robot.interact(() -> shell().setClock(clock));
        readFromHome("吕政函〔2023〕6号", "便民经营点");
        key(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#kiosk-print").tryQuery()
                .map(Node::isVisible).orElse(false));
        clock.advance(Duration.ofSeconds(121));
        robot.interact(() -> shell().idle().tick());
        assertThat(robot.lookup("#kiosk-idle").query().isVisible()).as("the countdown").isTrue();
        clock.advance(Duration.ofSeconds(31));
        robot.interact(() -> shell().idle().tick());
        assertThat(homeShown()).as("the next patron starts at the home screen").isTrue();
        assertThat(robot.lookup("#kiosk-print").tryQuery()).as("the print screen went with the session").isEmpty();
        assertThat(robot.lookup("#kiosk-home-latest").query().isVisible()).isTrue();
        assertLocked("after the reset");
    }

    @Test
    void theKeyboardTypesASearchInAPanelWideEnoughForIt() throws Exception {
        robot.clickOn("#kiosk-home-search");
        assertThat(homeShown()).isFalse();
        Node keyboard = robot.lookup("#kiosk-keyboard").query();
        Node field = robot.lookup("#search-field").query();
        Node panel = robot.lookup("#side-tabs").query();
        assertThat(keyboard.isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds keys = onScreen(keyboard);
        Bounds side = onScreen(panel);
        assertThat(keys.getMaxY()).as("above the field").isLessThanOrEqualTo(onScreen(field).getMinY());
        assertThat(side.getMinX()).as("the whole keyboard lies in the side panel").isLessThanOrEqualTo(keys.getMinX());
        assertThat(side.getMaxX()).isGreaterThanOrEqualTo(keys.getMaxX());
        for (String k : List.of("w", "e", "n", "w", "u")) {
            robot.clickOn("#kiosk-key-" + k);
        }
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("wenwu");
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        // Back on the library tab the reader gets its room back.
        robot.interact(() -> ((javafx.scene.control.TabPane) panel).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(panel).getWidth()).isLessThan(keys.getWidth());
        assertLocked("typing on the screen");
    }

    @Test
    void onA1024PxScreenTheKeyboardAndAnOpenedNoticeBothFit() throws Exception {
        // The window as wide as a 1024 × 768 screen (the kiosk leaves full screen to Monocle's own size).
        // Leaving full screen may restore Monocle's own size after the new one was set: twice in clean CI runs
        // the window was 1,280 px wide at the check. The size is set again until it holds.
        for (int attempt = 0; attempt < 20; attempt++) {
            robot.interact(() -> {
                stage.setFullScreen(false);
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            if (stage.getScene().getWidth() == 1024) {
                break;
            }
        }
        robot.clickOn("#kiosk-home-search");
        for (String k : List.of("b", "i", "a", "n", "m", "i", "n")) {
            robot.clickOn("#kiosk-key-" + k);
        }
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.lookupAll(".list-cell").stream()
                .anyMatch(c -> c instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible()));
        Node first = results.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof ListCell<?> cell && !cell.isEmpty() && cell.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(first);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("便民经营点"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        double window = stage.getScene().getWidth();
        assertThat(window).isEqualTo(1024);
        // Before: the side panel kept the keyboard's whole width, the reader its page bar's, and the
        // window was laid out 1,154 px wide: both edges cut.
        assertThat(stage.getScene().getRoot().getLayoutBounds().getWidth()).as("laid out within the window")
                .isLessThanOrEqualTo(window);
        Bounds keys = onScreen(robot.lookup("#kiosk-keyboard").query());
        Bounds side = onScreen(robot.lookup("#side-tabs").query());
        Bounds page = onScreen(robot.lookup("#reader-page-label").query());
        Bounds root = onScreen(stage.getScene().getRoot());
        assertThat(keys.getMinX()).as("the keyboard's left edge").isGreaterThanOrEqualTo(root.getMinX());
        assertThat(keys.getMaxX()).as("the whole keyboard in the side panel").isLessThanOrEqualTo(side.getMaxX());
        assertThat(page.getMaxX()).as("the page bar on screen").isLessThanOrEqualTo(root.getMinX() + window);
        for (Node key : robot.lookup(".kiosk-key").queryAll()) {
            assertThat(key.getLayoutBounds().getWidth()).as("a key a finger can hit").isGreaterThanOrEqualTo(44);
        }
        // A tester saw the page-number field squeezed to a sliver and the date filters' prompts cut (起始日斯).
        javafx.scene.control.TextField goTo = robot.lookup("#reader-goto").queryAs(javafx.scene.control.TextField.class);
        assertThat(goTo.getWidth()).as("the page-number field").isGreaterThanOrEqualTo(goTo.prefWidth(-1) - 0.5);
        assertThat(onScreen(goTo).getMaxX()).isLessThanOrEqualTo(root.getMinX() + window);
        for (String id : List.of("#search-from", "#search-to")) {
            javafx.scene.control.DatePicker picker = robot.lookup(id).queryAs(javafx.scene.control.DatePicker.class);
            javafx.scene.control.TextField editor = picker.getEditor();
            javafx.scene.text.Text prompt = new javafx.scene.text.Text(editor.getPromptText());
            prompt.setFont(editor.getFont());
            assertThat(editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset()).as(id + "'s prompt fits")
                    .isGreaterThanOrEqualTo(prompt.getLayoutBounds().getWidth());
        }
    }

    /** A printer that keeps what it is sent. */
    private static final class Recorder implements KioskPrinter {
        final List<Node> pages = new ArrayList<>();
        int jobs;

        @Override
        public Job open() {
            return new Job() {
                @Override
                public String printerName() {
                    return "recorder";
                }

                @Override
                public double printableWidth() {
                    return 540;
                }

                @Override
                public double printableHeight() {
                    return 780;
                }

                @Override
                public boolean print(Node page) {
                    pages.add(page);
                    return true;
                }

                @Override
                public boolean end() {
                    jobs++;
                    return true;
                }
            };
        }
    }

    private int pagesCounted() {
        return new KioskCounters(home.resolve(KioskCounters.FILE_NAME), Clock.systemDefaultZone()).today().pagesPrinted();
    }

    @Test
    void printingWithinTheQuotaIsCountedAndThePageOverItRefused() throws Exception {
        robot.interact(() -> shell().setClock(clock));
        Recorder printer = new Recorder();
        robot.interact(() -> shell().surface().usePrinter(printer));
        readFromHome("吕政函〔2023〕6号", "便民经营点");
        key(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#kiosk-print-message").startsWith("这份共"));
        assertThat(label("#kiosk-print-allowance")).isEqualTo("本次还可打印 " + QUOTA + " 页");
        int pages = shell().surface().printView().viewModel().pagesProperty().get();
        assertThat(pages).as("a short notice").isBetween(1, QUOTA);
        int printed = 0;
        while (printed + pages <= QUOTA) {
            robot.clickOn("#kiosk-print-print");
            int expected = printed + pages;
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.pages.size() == expected
                    && label("#kiosk-print-message").equals("已打印 " + pages + " 页，请到打印机取件。"));
            printed = expected;
            assertThat(label("#kiosk-print-allowance")).isEqualTo("本次还可打印 " + (QUOTA - printed) + " 页");
        }
        // The notice has 2 pages: two prints use the quota up exactly, and page n + 1 is refused.
        assertThat(printed).as("the whole quota printed").isEqualTo(QUOTA);
        robot.clickOn("#kiosk-print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#kiosk-print-message")).isEqualTo("这份共 " + pages + " 页，超过了本次还可打印的 "
                + (QUOTA - printed) + " 页，不能打印。");
        assertThat(printer.pages).as("nothing over the quota reached the printer").hasSize(printed);
        assertThat(printer.jobs).isEqualTo(printed / pages);
        assertThat(pagesCounted()).as("the librarian's counters").isEqualTo(printed);

        // The footer of every page names this terminal, as configured.
        assertThat(shell().surface().printView().viewModel().terminal()).isEqualTo(TERMINAL);

        // A new patron has a whole session quota again (the day's count stays).
        clock.advance(Duration.ofSeconds(200));
        robot.interact(() -> shell().idle().tick());
        clock.advance(Duration.ofSeconds(31));
        robot.interact(() -> shell().idle().tick());
        assertThat(homeShown()).isTrue();
        readFromHome("吕政函〔2023〕6号", "便民经营点");
        robot.clickOn("#file-print-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#kiosk-print-message").startsWith("这份共"));
        assertThat(label("#kiosk-print-allowance")).isEqualTo("本次还可打印 " + QUOTA + " 页");
        assertThat(pagesCounted()).isEqualTo(printed);
        assertLocked("printing");
    }
}
