// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import org.gazettereader.app.GazetteApp;
import org.gazettereader.config.DataHome;
import org.gazettereader.typeset.NoticeLayout;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Paragraph;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.ui.reader.FxTextMeasurer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * UI benchmark, not part of {@code mvn verify}: {@code mvn verify -Pbench-ui}. Prints the time from
 * selecting a notice in the tree to its first page on screen (the longest sample notice and a short
 * one in turn), and pagination with the window's JavaFX measurer. Asserts nothing about speed.
 */
@Tag("bench")
class ReaderBenchmarkTest {
    @TempDir
    Path home;

    @Test
    @SuppressWarnings("unchecked")
    void clickToFirstPage() throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        System.setProperty(DataHome.HOME_PROPERTY, home.toString());
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GazetteApp.class);
        FxRobot robot = new FxRobot();
        TreeView<TreeNode> tree = robot.lookup("#library-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        TreeItem<TreeNode> issue = tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(0);
        robot.interact(() -> issue.setExpanded(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> issue.getChildren().size() > 1);
        TreeItem<TreeNode> longest = issue.getChildren().get(1).getChildren().get(0);
        TreeItem<TreeNode> shortOne = issue.getChildren().get(1).getChildren().get(4);
        Parent page = (Parent) robot.lookup("#page-left").query();
        long[] nanos = new long[20];
        for (int i = 0; i < 24; i++) {
            TreeItem<TreeNode> target = i % 2 == 0 ? longest : shortOne;
            String title = target.getValue().notice().notice().title().substring(0, 8);
            CountDownLatch shown = new CountDownLatch(1);
            long[] t = new long[2];
            ListChangeListener<Node> l = c -> {
                if (!page.getChildrenUnmodifiable().isEmpty()
                        && ((Text) page.getChildrenUnmodifiable().get(0)).getText().startsWith(title) && t[1] == 0) {
                    t[1] = System.nanoTime();
                    shown.countDown();
                }
            };
            robot.interact(() -> {
                page.getChildrenUnmodifiable().addListener(l);
                t[0] = System.nanoTime();
                tree.getSelectionModel().select(target);
            });
            if (!shown.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("first page of " + title + " not shown");
            }
            robot.interact(() -> page.getChildrenUnmodifiable().removeListener(l));
            if (i >= 4) {
                nanos[i - 4] = t[1] - t[0];
            }
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        }
        long[] longestRuns = new long[10];
        long[] shortRuns = new long[10];
        for (int i = 0; i < 20; i++) {
            (i % 2 == 0 ? longestRuns : shortRuns)[i / 2] = nanos[i];
        }
        report("click to first page, longest notice (吕政发〔2022〕18号)", longestRuns);
        report("click to first page, short notice", shortRuns);

        FxTextMeasurer fx = new FxTextMeasurer(BundledFont.FAMILY);
        List<Paragraph> ps = NoticeLayout.paragraphs(longest.getValue().notice().notice());
        Typesetter typesetter = new Typesetter(fx);
        PageGeometry g = PageGeometry.screen(664, 588);
        for (int i = 0; i < 10; i++) {
            typesetter.paginate(ps, g, 18);
        }
        long[] layout = new long[20];
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            typesetter.paginate(ps, g, 18);
            layout[i] = System.nanoTime() - t0;
        }
        report("full pagination, longest notice, JavaFX measurer", layout);
        FxToolkit.cleanupApplication(app);
        System.clearProperty(DataHome.HOME_PROPERTY);
    }

    /**
     * Search as you type on the library named by {@code -Dgazette.bench.library=DIR} (the sample
     * library when unset): from the last keystroke to the updated result list.
     */
    @Test
    @SuppressWarnings("unchecked")
    void typingToResults() throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        System.setProperty(DataHome.HOME_PROPERTY, home.toString());
        String lib = System.getProperty("gazette.bench.library");
        FxToolkit.registerPrimaryStage();
        Application app = lib == null ? FxToolkit.setupApplication(GazetteApp.class)
                : FxToolkit.setupApplication(GazetteApp.class, "--library=" + lib);
        FxRobot robot = new FxRobot();
        TreeView<TreeNode> tree = robot.lookup("#library-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        var field = robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class);
        var results = robot.lookup("#search-results").queryAs(javafx.scene.control.ListView.class);
        String[] queries = {"知识产权", "垃圾分类", "文物保护", "医疗保险", "中试基地", "便民经营", "固体废弃", "农村消费",
            "能源产业", "刑事司法", "妇女儿童", "科学技术"};
        long[] nanos = new long[queries.length];
        for (int q = 0; q < queries.length; q++) {
            robot.interact(field::clear);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            CountDownLatch updated = new CountDownLatch(1);
            long[] t = new long[2];
            javafx.collections.ListChangeListener<Object> l = c -> {
                if (t[0] != 0 && t[1] == 0) {
                    t[1] = System.nanoTime();
                    updated.countDown();
                }
            };
            String text = queries[q];
            for (int i = 0; i < text.length(); i++) {
                String prefix = text.substring(0, i + 1);
                boolean last = i == text.length() - 1;
                robot.interact(() -> {
                    if (last) {
                        results.getItems().addListener(l);
                        t[0] = System.nanoTime();
                    }
                    field.setText(prefix);
                });
                if (!last) {
                    WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS);
                }
            }
            if (!updated.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("results for " + text + " never came");
            }
            robot.interact(() -> results.getItems().removeListener(l));
            nanos[q] = t[1] - t[0];
        }
        report("last keystroke to result list (" + (lib == null ? "sample library" : lib) + ")", nanos);
        FxToolkit.cleanupApplication(app);
        System.clearProperty(DataHome.HOME_PROPERTY);
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "BENCH %s: median %.1f ms, max %.1f ms over %d runs%n", what,
                s[s.length / 2] / 1e6, s[s.length - 1] / 1e6, s.length);
    }
}
