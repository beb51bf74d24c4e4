// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.SameThreadBackground;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The walk-up home screen on a library of several gazettes and years, at the screen sizes terminals have. */
class HomeScreenTest extends KioskViews {
    private final List<LibraryNotice> opened = new ArrayList<>();
    private final int[] searches = {0};
    private final int[] prints = {0};
    private HomeScreen home;
    private List<IssueSummary> issues;

    @BeforeAll
    static void library() throws Exception {
        openLibrary(5);
    }

    @BeforeEach
    void screen() {
        issues = library.issues();
        home = newHome();
    }

    private HomeScreen newHome() {
        HomeScreen[] made = new HomeScreen[1];
        robot.interact(() -> {
            HomeScreen h = new HomeScreen(new HomeViewModel(new SameThreadBackground(), library::notices), m,
                    new SimpleObjectProperty<>(issues));
            h.setOnOpenNotice(opened::add);
            h.setOnSearch(() -> searches[0]++);
            h.setOnPrint(() -> prints[0]++);
            h.viewModel().printAllowedProperty().set(true);
            made[0] = h;
        });
        return made[0];
    }

    /** Taps a choice once it is laid out on screen (a level's choices are made when it opens). */
    private void tap(String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getLayoutBounds().getWidth() > 0).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(id);
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** The text a label shows on screen (its Text node: "…" when it is cut). */
    private static String shown(Label l) {
        return l.lookupAll(".text").stream().filter(t -> t instanceof Text).map(t -> ((Text) t).getText())
                .reduce("", String::concat);
    }

    private javafx.scene.Scene tilesFitAt(int width, int height) throws Exception {
        HomeScreen screen = newHome();
        javafx.scene.Scene scene = layOut(screen.root(), width, height);
        double w = scene.getWidth();
        double h = scene.getHeight();
        List<String> tiles = List.of("#kiosk-home-latest", "#kiosk-home-browse", "#kiosk-home-search", "#kiosk-home-print");
        for (String id : tiles) {
            Button tile = (Button) scene.lookup(id);
            Bounds b = bounds(tile);
            String at = id + " at " + width + "x" + height + ": " + b;
            assertThat(b.getMinX()).as(at).isGreaterThanOrEqualTo(0);
            assertThat(b.getMinY()).as(at).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(at).isLessThanOrEqualTo(w);
            assertThat(b.getMaxY()).as(at).isLessThanOrEqualTo(h);
            assertThat(b.getHeight()).as(at).isGreaterThanOrEqualTo(88);
            // Every word of a tile shows whole, in large type.
            for (Node n : tile.lookupAll(".label")) {
                Label l = (Label) n;
                assertThat(shown(l)).as(at).isEqualTo(l.getText());
                assertThat(l.getFont().getSize()).as(at).isGreaterThanOrEqualTo(20);
            }
        }
        Bounds latest = bounds(scene.lookup("#kiosk-home-latest"));
        Bounds browse = bounds(scene.lookup("#kiosk-home-browse"));
        Bounds search = bounds(scene.lookup("#kiosk-home-search"));
        if (height > width) {
            // Portrait: one tile a row, each the screen's width.
            assertThat(browse.getMinY()).isGreaterThan(latest.getMaxY());
            assertThat(search.getMinY()).isGreaterThan(browse.getMaxY());
            assertThat(browse.getWidth()).isGreaterThan(w * 0.8).isEqualTo(latest.getWidth());
        } else {
            // Landscape: the latest issue across the top, the others side by side under it.
            assertThat(browse.getMinY()).isGreaterThan(latest.getMaxY());
            assertThat(search.getMinY()).isEqualTo(browse.getMinY());
            assertThat(search.getMinX()).isGreaterThan(browse.getMaxX());
        }
        return scene;
    }

    @Test
    void theTilesHoldAtEveryTerminalSize() throws Exception {
        tilesFitAt(1024, 768);
        tilesFitAt(1920, 1080);
        snapshot(tilesFitAt(1080, 1920), "kiosk-home-1080x1920.png");
        snapshot(tilesFitAt(1366, 768), "kiosk-home-1366x768.png");
    }

    @Test
    void theLatestIssueTileOpensItsNoticesAndANoticeGoesToTheReader() throws Exception {
        show(home.root(), 1280, 768);
        IssueSummary newest = issues.stream().filter(i -> !i.document())
                .max(Comparator.comparing((IssueSummary i) -> i.year()).thenComparing(IssueSummary::issue)).orElseThrow();
        Label hint = (Label) robot.lookup("#kiosk-home-latest .kiosk-tile-hint").query();
        assertThat(hint.getText()).isEqualTo(newest.gazette() + "\n" + newest.year() + "年第" + newest.issue() + "期（总第"
                + newest.totalIssue() + "期），" + newest.notices() + " 篇公文");
        robot.clickOn("#kiosk-home-latest");
        List<LibraryNotice> expected = library.notices(newest.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#kiosk-home-notices .kiosk-notice-cell")
                .match(c -> ((ListCell<?>) c).getItem() != null).queryAll().size() >= Math.min(3, expected.size()));
        assertThat(((Label) robot.lookup("#kiosk-home-heading").query()).getText())
                .isEqualTo(newest.gazette() + " " + newest.year() + "年第" + newest.issue() + "期");
        @SuppressWarnings("unchecked")
        var list = (javafx.scene.control.ListView<LibraryNotice>) robot.lookup("#kiosk-home-notices").query();
        assertThat(list.getItems()).extracting(n -> n.notice().id()).containsExactlyElementsOf(
                expected.stream().map(n -> n.notice().id()).toList());
        Node second = robot.lookup("#kiosk-home-notices .kiosk-notice-cell").match(c -> ((ListCell<?>) c).getIndex() == 1).query();
        assertThat(bounds(second).getHeight()).isGreaterThanOrEqualTo(44);
        robot.clickOn(second);
        assertThat(opened).extracting(n -> n.notice().id()).containsExactly(expected.get(1).notice().id());
        // Back goes to the year's issues; Home to the tiles.
        robot.clickOn("#kiosk-home-back");
        assertThat(home.viewModel().levelProperty().get()).isEqualTo(HomeViewModel.Level.ISSUES);
        assertThat(robot.lookup("#kiosk-issue-" + newest.id()).tryQuery()).isPresent();
        robot.clickOn("#kiosk-home-home");
        assertThat(robot.lookup("#kiosk-home-latest").tryQuery()).isPresent();
        assertThat(robot.lookup("#kiosk-home-back").query().isVisible()).isFalse();
    }

    @Test
    void browsingGoesYearThenIssueThenNoticeAndSearchAndPrintReachTheShell() throws Exception {
        show(home.root(), 760, 800);
        robot.clickOn("#kiosk-home-browse");
        // The years, newest first, each with its issues and notices counted.
        List<Integer> years = issues.stream().filter(i -> !i.document()).map(IssueSummary::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        assertThat(years).hasSizeGreaterThan(1);
        List<String> shownYears = robot.lookup("#kiosk-home-years .kiosk-choice").queryAll().stream().map(Node::getId).toList();
        assertThat(shownYears).containsExactlyElementsOf(years.stream().map(y -> "kiosk-year-" + y).toList());
        int oldest = years.get(years.size() - 1);
        List<IssueSummary> ofYear = issues.stream().filter(i -> !i.document() && i.year() == oldest).toList();
        Label count = (Label) robot.lookup("#kiosk-year-" + oldest + " .kiosk-choice-meta").query();
        assertThat(count.getText()).isEqualTo(ofYear.size() + " 期，" + ofYear.stream().mapToInt(IssueSummary::notices).sum() + " 篇公文");
        tap("#kiosk-year-" + oldest);
        assertThat(((Label) robot.lookup("#kiosk-home-heading").query()).getText()).isEqualTo(oldest + "年，请选择期号");
        // The year's issues, each once; the first on the shelf is picked.
        List<String> shownIssues = robot.lookup("#kiosk-home-issues .kiosk-choice").queryAll().stream().map(Node::getId).toList();
        assertThat(shownIssues).containsExactlyInAnyOrderElementsOf(ofYear.stream().map(i -> "kiosk-issue-" + i.id()).toList());
        IssueSummary pick = ofYear.stream().filter(i -> shownIssues.get(0).equals("kiosk-issue-" + i.id())).findFirst().orElseThrow();
        tap("#kiosk-issue-" + pick.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#kiosk-home-notices .kiosk-notice-cell")
                .match(c -> ((ListCell<?>) c).getItem() != null).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#kiosk-home-notices .kiosk-notice-cell").match(c -> ((ListCell<?>) c).getIndex() == 0)
                .<Node>query());
        assertThat(opened).extracting(n -> n.issueId()).containsExactly(pick.id());
        robot.clickOn("#kiosk-home-home");
        robot.clickOn("#kiosk-home-search");
        robot.clickOn("#kiosk-home-print");
        assertThat(searches[0]).isEqualTo(1);
        assertThat(prints[0]).isEqualTo(1);
        // Without printing at this terminal, there is no print tile.
        robot.interact(() -> home.viewModel().printAllowedProperty().set(false));
        assertThat(robot.lookup("#kiosk-home-print").tryQuery().filter(Node::isVisible)).isEmpty();
        // An idle reset (home) forgets where the patron was.
        robot.clickOn("#kiosk-home-latest");
        robot.interact(() -> home.viewModel().home());
        assertThat(home.viewModel().issueProperty().get()).isNull();
        assertThat(home.viewModel().noticesProperty().get()).isEmpty();
        assertThat(home.viewModel().levelProperty().get()).isEqualTo(HomeViewModel.Level.HOME);
    }
}
