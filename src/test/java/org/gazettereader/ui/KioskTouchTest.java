// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.SwipeEvent;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.ui.kiosk.KioskTouch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The real window made a kiosk by {@link KioskTouch}: what a finger touches is big enough, swipes and long presses work. */
class KioskTouchTest extends RunningApp {
    @BeforeEach
    void kiosk() {
        robot.interact(() -> KioskTouch.apply(stage.getScene(), KioskSettings.defaults(true)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds onScreen(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static void atLeastAFinger(String what, Node n) {
        Bounds b = onScreen(n);
        assertThat(b.getWidth()).as(what + " width").isGreaterThanOrEqualTo(KioskTouch.MIN_TARGET_PX);
        assertThat(b.getHeight()).as(what + " height").isGreaterThanOrEqualTo(KioskTouch.MIN_TARGET_PX);
    }

    private String pageLabel() {
        return label("#reader-page-label");
    }

    @Test
    void everyTargetAFingerUsesIsAtLeast44PxAndTheWholeWindowFollowsTheTextScale() throws Exception {
        // The whole window follows the text scale, not only the page: the library pane's header is at 14 × 1.25 px.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#library-pane .pane-header").tryQuery().isPresent());
        Label tabLabel = robot.lookup("#library-pane .pane-header").queryAs(Label.class);
        assertThat(tabLabel.getFont().getSize()).isEqualTo(17.5);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-family").contains("-fx-font-size: 17.5px");

        openIssue();
        Node issueRow = cell("总第22期");
        atLeastAFinger("issue row", issueRow);
        atLeastAFinger("expander arrow", issueRow.lookup(".tree-disclosure-node"));
        Node noticeRow = cell("吕政发〔2022〕18号");
        atLeastAFinger("notice row", noticeRow);
        atLeastAFinger("check box", noticeRow.lookup(".check-box"));
        for (Node tab : robot.lookup("#side-tabs .tab").queryAll()) {
            atLeastAFinger("tab", tab);
        }
        atLeastAFinger("toolbar button", robot.lookup("#view-search-button").query());
        atLeastAFinger("page button", robot.lookup("#reader-next").query());

        // Search: the field, a result and a suggestion.
        key(KeyCode.CONTROL, KeyCode.K);
        robot.write("wenwu");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#search-results .list-cell")
                .match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null && c.getLayoutBounds().getWidth() > 0)
                .tryQuery().isPresent());
        atLeastAFinger("search field", robot.lookup("#search-field").query());
        atLeastAFinger("result", robot.lookup("#search-results .list-cell")
                .match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null && c.getLayoutBounds().getWidth() > 0).query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> suggestions = robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null).queryAll().stream().toList();
        for (Node s : suggestions) {
            atLeastAFinger("suggestion", s);
        }
        // The popup grows with its taller rows: every suggestion shows without a scroll bar.
        assertThat(robot.lookup(".auto-complete-popup .scroll-bar").queryAll().stream().filter(Node::isVisible).toList()).isEmpty();
        key(KeyCode.ESCAPE);

        // A theme replaces the scene's stylesheets: the kiosk's rules stay.
        robot.interact(() -> org.gazettereader.ui.Theme.DARK.apply(stage.getScene()));
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/ui/kiosk/kiosk.css"));
        WaitForAsyncUtils.waitForFxEvents();
        atLeastAFinger("check box after a theme change", cell("吕政发〔2022〕18号").lookup(".check-box"));
    }

    @Test
    void aSwipeOnThePageTurnsItAndAnUpwardDragDoesNot() throws Exception {
        openIssue();
        clickRow("吕政发〔2022〕18号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageLabel().startsWith("第 1 页 / 共"));
        Node pages = robot.lookup("#reader-pages").query();
        // A finger drawn from right to left across the page (a touch screen that reports a pointer).
        Point2D centre = pages.localToScreen(pages.getLayoutBounds().getWidth() / 2, pages.getLayoutBounds().getHeight() / 2);
        robot.drag(centre.add(150, 0), MouseButton.PRIMARY).moveTo(centre.add(-150, 10), Motion.DIRECT).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pageLabel().startsWith("第 2 页 / 共"));
        // Left to right: back.
        robot.drag(centre.add(-150, 0), MouseButton.PRIMARY).moveTo(centre.add(150, -10), Motion.DIRECT).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pageLabel().startsWith("第 1 页 / 共"));
        // Mostly downward, or too short: not a swipe.
        robot.drag(centre.add(0, -150), MouseButton.PRIMARY).moveTo(centre.add(-100, 150), Motion.DIRECT).release(MouseButton.PRIMARY);
        robot.drag(centre.add(30, 0), MouseButton.PRIMARY).moveTo(centre.add(-30, 0), Motion.DIRECT).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageLabel()).startsWith("第 1 页 / 共");
        // A swipe the platform recognises itself (a gesture TestFX cannot make) turns the page once.
        robot.interact(() -> javafx.event.Event.fireEvent(pages, new SwipeEvent(SwipeEvent.SWIPE_LEFT, 10, 10, 10, 10,
                false, false, false, false, false, 1, null)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pageLabel().startsWith("第 2 页 / 共"));
    }

    @Test
    void aLongPressOpensTheContextActionAndAShortTapDoesNot() throws Exception {
        ContextMenu menu = new ContextMenu(new MenuItem("加入打印篮"));
        robot.interact(() -> tree().setContextMenu(menu));
        Node row = cell("总第22期");
        robot.moveTo(row, javafx.geometry.Pos.CENTER_LEFT, new Point2D(80, 0), Motion.DIRECT);
        // A tap: pressed and released at once (the robot's own press and release take most of a second here).
        robot.interact(() -> {
            for (var type : List.of(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                javafx.event.Event.fireEvent(row, new javafx.scene.input.MouseEvent(type, 80, 20, 0, 0, MouseButton.PRIMARY, 1,
                        false, false, false, false, type == javafx.scene.input.MouseEvent.MOUSE_PRESSED, false, false, true,
                        false, true, null));
            }
        });
        robot.sleep(750);
        assertThat(menu.isShowing()).as("a tap").isFalse();
        // A long press, fired like the tap (the robot's own press could land after a layout pass
        // moved the row, on a loaded machine): held well past the 600 ms.
        robot.interact(() -> javafx.event.Event.fireEvent(row, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_PRESSED, 80, 20, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, menu::isShowing);
        robot.interact(() -> javafx.event.Event.fireEvent(row, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_RELEASED, 80, 20, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, true, false, true, null)));
        robot.interact(menu::hide);
    }
}
