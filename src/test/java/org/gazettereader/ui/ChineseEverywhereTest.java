// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.gazettereader.config.LatinWords;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in zh_CN as a reading-room patron meets it: the main window, the import summary (a good
 * file, a duplicate, files that are no gazette), the bookmark-name dialog, About and full screen
 * show no English word anywhere (issue 14). What every showing window shows is walked: labels,
 * buttons, text fields and their prompts, menus.
 */
class ChineseEverywhereTest extends RunningApp {

    /** Every visible text of every showing window, with where it was found. */
    private Map<String, String> visibleTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    if (w instanceof javafx.stage.Stage st) {
                        put(out, st.getTitle(), "the title of a window");
                    }
                    walk(w.getScene().getRoot(), out);
                }
            }
        });
        return out;
    }

    private static void walk(Node n, Map<String, String> out) {
        if (!n.isVisible()) {
            return;
        }
        String where = n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
        if (n instanceof Labeled l) {
            put(out, l.getText(), where);
        } else if (n instanceof Text t) {
            put(out, t.getText(), where);
        } else if (n instanceof TextInputControl t) {
            put(out, t.getText(), where);
            put(out, t.getPromptText(), where + " (prompt)");
        }
        if (n instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                put(out, m.getText(), "Menu");
                for (MenuItem i : m.getItems()) {
                    put(out, i.getText(), "MenuItem in " + m.getText());
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, out);
            }
        }
    }

    private static void put(Map<String, String> out, String text, String where) {
        if (text != null && !text.isBlank()) {
            out.putIfAbsent(text, where);
        }
    }

    /** Fails naming each English word, the text it stands in and the control that shows it. */
    private void assertSpeaksChinese(String what) {
        List<String> english = new ArrayList<>();
        visibleTexts().forEach((text, where) -> {
            List<String> words = LatinWords.in(text);
            if (!words.isEmpty()) {
                english.add(words + " in " + where + ": «" + text + "»");
            }
        });
        assertThat(english).as("English words in %s", what).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchHit> results() {
        return robot.lookup("#search-results").queryAs(ListView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWindowItsDialogsAndFullScreenSpeakChinese() throws Exception {
        assertSpeaksChinese("the main window");

        // Import: a new issue, the sample again (the first start imported it), a shopping list, a PNG.
        Path usb = Files.createDirectories(home.resolve("usb"));
        CorpusGenerator gen = CorpusGenerator.from(Path.of("s.txt"), Samples.bytes(Samples.SAMPLE));
        Path good = Files.write(usb.resolve("taiyuan-2023-01.txt"), gen.issue(3, 1).bytes());
        Path again = Samples.copy(Samples.SAMPLE, usb);
        Path list = Files.writeString(usb.resolve("shopping.txt"), "购物清单：牛奶、面包、鸡蛋。\n", StandardCharsets.UTF_8);
        Path png = Files.write(usb.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Consumer<List<File>> drop = (Consumer<List<File>>) stage.getScene().getProperties().get(ShellView.DROP_HANDLER);
        robot.interact(() -> drop.accept(List.of(good.toFile(), again.toFile(), list.toFile(), png.toFile())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-summary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String summary = robot.lookup("#import-summary").queryAs(TextArea.class).getText();
        assertThat(summary).contains("已导入　taiyuan-2023-01.txt：").contains("篇公文")
                .contains("重复　" + again.getFileName() + "：与库中已有的 吕梁市人民政府公报 2023年第1期 是同一个文件")
                .contains("失败　shopping.txt：不是一期公报").contains("失败　photo.txt：不是可以识别的文本文件");
        assertSpeaksChinese("the import summary");
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-summary").tryQuery().isEmpty());
        backToTheWindow();

        // The bookmark-name dialog, on a notice opened from search.
        key(KeyCode.CONTROL, KeyCode.K);
        robot.write("吕政发〔2022〕18号");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            String said = results().getAccessibleText();
            return said != null && said.startsWith("“吕政发〔2022〕18号”") && !results().getItems().isEmpty();
        });
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#reader-page-label").startsWith("第 1 页 / 共"));
        assertSpeaksChinese("the window reading a notice found by search");
        key(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bookmark-label").tryQuery().isPresent());
        assertThat(visibleTexts()).containsKeys("书签名称（可修改）：", "确定", "取消");
        assertSpeaksChinese("the bookmark-name dialog");
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bookmark-label").tryQuery().isEmpty());
        backToTheWindow();

        // About (F1) waits for its OK.
        key(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleTexts().keySet().stream()
                .anyMatch(t -> t.startsWith("政府公报离线阅读器。")));
        assertThat(visibleTexts()).containsKey("关于");
        assertSpeaksChinese("the about box");
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleTexts().keySet().stream()
                .noneMatch(t -> t.startsWith("政府公报离线阅读器。")));
        backToTheWindow();

        // Full screen (F11): JavaFX shows the stage's exit hint, or its own (English wording, locale-bound) when none is set.
        // Monocle's headless screen may not take the stage full screen; the hint is what a person would read.
        key(KeyCode.F11);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getFullScreenExitHint() != null);
        String hint = stage.getFullScreenExitHint();
        assertThat(hint).as("the full-screen exit hint").isEqualTo("按 Esc 键退出全屏");
        assertThat(LatinWords.in(hint)).as(hint).isEmpty();
        assertSpeaksChinese("the window after the full-screen key");
        if (stage.isFullScreen()) {
            key(KeyCode.F11);
        }
    }
}
