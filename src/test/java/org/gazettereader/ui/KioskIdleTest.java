// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.gazettereader.kiosk.TestClock;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A patron reads, searches, bookmarks, zooms, changes the theme and fills the print basket, then
 * walks away: the countdown comes after the idle time, "继续阅读" keeps the session, and when the
 * countdown runs out everything is back at the start and nothing new is on disk. Time is the
 * test's own clock; nothing waits for it.
 */
class KioskIdleTest extends KioskApp {
    private final TestClock clock = new TestClock();

    private void tick(Duration later) {
        clock.advance(later);
        robot.interact(() -> shell().idle().tick());
    }

    private String status() {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    private boolean counting() {
        return robot.lookup("#kiosk-idle").query().isVisible();
    }

    /** Every file of the data folder except the log and the librarian's counters (kept there on purpose). */
    private Map<String, String> onDisk() {
        Map<String, String> all = hashes(home);
        all.keySet().removeIf(p -> p.startsWith("logs/") || p.equals("kiosk-counters.json"));
        return all;
    }

    private void readNotice() throws Exception {
        toTheLibrary();
        openIssue();
        clickRow("吕政函〔2023〕6号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("便民经营点"));
    }

    @Test
    void afterTheCountdownEverythingIsBackAtTheStartAndNothingIsOnDisk() throws Exception {
        robot.interact(() -> shell().setClock(clock));
        Map<String, String> before = onDisk();
        int rowsAtStart = tree().getExpandedItemCount();
        readNotice();
        assertThat(tree().getExpandedItemCount()).isGreaterThan(rowsAtStart);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().equals("已加入打印篮 1 篇，共 1 篇。"));
        key(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bookmark-label").tryQuery().isPresent());
        key(KeyCode.ENTER);
        backToTheWindow();
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.clickOn("#tab-bookmarks");
        @SuppressWarnings("unchecked")
        TreeView<Object> marks = robot.lookup("#bookmarks-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !marks.getRoot().getChildren().isEmpty());
        robot.clickOn("#tab-search");
        robot.clickOn("#search-field").write("吕梁");
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#search-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        // The suggestions list lies over the filters: Esc closes it, as a person would.
        key(KeyCode.ESCAPE);
        robot.clickOn("#search-by-date");
        assertThat(onDisk()).as("the session so far wrote nothing").isEqualTo(before);

        tick(Duration.ofSeconds(119));
        assertThat(counting()).as("still within the idle time").isFalse();
        tick(Duration.ofSeconds(2));
        assertThat(counting()).as("the countdown after 120 s without input").isTrue();
        assertThat(Integer.parseInt(robot.lookup("#kiosk-idle-seconds").queryAs(Label.class).getText()))
                .isBetween(20, 30);
        assertThat(robot.lookup("#kiosk-idle-continue").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("继续阅读");
        robot.clickOn("#kiosk-idle-continue");
        assertThat(counting()).as("继续阅读 keeps the session").isFalse();
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("吕梁");
        tick(Duration.ofSeconds(25));
        assertThat(counting()).isFalse();

        tick(Duration.ofSeconds(96));
        assertThat(counting()).as("121 s after 继续阅读").isTrue();
        tick(Duration.ofSeconds(28));
        assertThat(counting()).as("one second left").isTrue();
        assertThat(robot.lookup("#kiosk-idle-seconds").queryAs(Label.class).getText()).isEqualTo("1");
        tick(Duration.ofSeconds(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(counting()).isFalse();
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getText()).as("query").isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, results.getItems()::isEmpty);
        assertThat(robot.lookup("#search-by-date").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("sort by date").isFalse();
        assertThat(robot.lookup("#welcome-title").query().isVisible()).as("no notice open: the start").isTrue();
        assertThat(robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("tab-library");
        assertThat(tree().getExpandedItemCount()).as("the tree as it opened").isEqualTo(rowsAtStart);
        assertThat(tree().getSelectionModel().getSelectedItem()).isNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, marks.getRoot().getChildren()::isEmpty);
        // The terminal's text size: the default 18 px × the text scale 1.25.
        assertThat(robot.lookup("#welcome").query().getStyle()).as("zoom").contains("-fx-font-size: 22px");
        assertThat(homeShown()).as("back at the home screen").isTrue();
        assertThat(Application.getUserAgentStylesheet()).as("theme").contains("primer-light");
        assertThat(status()).isEqualTo("已为下一位读者回到首页。");
        assertThat(onDisk()).as("nothing of the session is on disk").isEqualTo(before);
        assertLocked("after the reset");

        // The next patron's basket starts empty.
        readNotice();
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().equals("已加入打印篮 1 篇，共 1 篇。"));
    }

    @Test
    void noCountdownWhileNobodyUsesTheTerminal() throws Exception {
        robot.interact(() -> shell().setClock(clock));
        tick(Duration.ofHours(3));
        assertThat(counting()).as("no session, nothing to forget").isFalse();
        assertLocked("an unused terminal");
    }
}
