// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.gazettereader.config.DataHome;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import org.gazettereader.model.Anchor;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bookmarks of a gazette with a long name and a long label, in the side panel of a 1024 px window. A
 * tester saw the issue's row cut at "1999年第1…" behind a sideways scroll bar.
 */
class LongBookmarkNamesTest extends RunningApp {
    private static final String LABEL = "国务院关于进一步加强和改进全国政府公报工作的若干意见 › 三、认真做好政府公报的发行和服务工作";

    @Override
    void prepare() throws Exception {
        try (Library lib = new Libraries(new DataHome(home)).open(null)) {
            lib.importPaths(List.of(Path.of("src/test/resources/fixtures/state-council-1999-01.txt")), ImportListener.NONE,
                    () -> false);
            var issue = lib.issues().stream().filter(i -> i.gazette().startsWith("中华人民共和国国务院公报")).findFirst().orElseThrow();
            lib.places().addBookmark(lib.notices(issue.id()).get(0).notice().id(), Anchor.START, LABEL);
        }
    }

    @Test
    void longNamesWrapInsteadOfRunningOffThePanel() throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        key(KeyCode.CONTROL, KeyCode.B);
        @SuppressWarnings("unchecked")
        TreeView<Object> marks = robot.lookup("#bookmarks-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !marks.getRoot().getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<TreeCell<?>> rows = new java.util.ArrayList<>();
        for (javafx.scene.Node n : robot.from(marks).lookup(".tree-cell").queryAll()) {
            if (n instanceof TreeCell<?> c && c.getText() != null && c.isVisible()) {
                rows.add(c);
            }
        }
        assertThat(rows).extracting(TreeCell::getText).anySatisfy(t -> assertThat(t).startsWith("中华人民共和国国务院公报").contains("1999年"))
                .contains(LABEL);
        for (TreeCell<?> row : rows) {
            // What the row draws is all of its text (no "…"), and it stays inside the panel.
            String drawn = row.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                    .reduce("", String::concat);
            assertThat(drawn.replace("\n", "")).as("drawn").isEqualTo(row.getText().replace("\n", ""));
            assertThat(row.localToScene(row.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(
                    marks.localToScene(marks.getLayoutBounds()).getMaxX() + 0.5);
        }
        ReaderTest.snapshot(stage.getScene(), java.nio.file.Files.createDirectories(Path.of("target", "screenshots"))
                .resolve("bookmarks-long-names-1024.png"));
        assertThat(marks.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible()).toList()).as("a sideways scroll bar").isEmpty();
    }
}
