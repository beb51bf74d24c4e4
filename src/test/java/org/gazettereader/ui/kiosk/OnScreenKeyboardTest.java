// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.SearchHit;
import org.gazettereader.ui.SameThreadBackground;
import org.gazettereader.ui.search.SearchPane;
import org.gazettereader.ui.search.SearchViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The on-screen keyboard in the real search panel, on a real library: tapped, never typed. */
class OnScreenKeyboardTest extends KioskViews {
    private final List<String> opened = new ArrayList<>();
    private TextField field;

    @BeforeAll
    static void library() throws Exception {
        openLibrary(0);
    }

    @BeforeEach
    void panel() {
        SearchViewModel searchVm = new SearchViewModel(library::searcher, new SameThreadBackground(), m);
        VBox[] root = new VBox[1];
        robot.interact(() -> {
            SearchPane search = new SearchPane(searchVm, m, (id, words) -> opened.add(id),
                    new SimpleObjectProperty<List<IssueSummary>>(library.issues()));
            search.addAboveField(f -> new OnScreenKeyboard(m, f));
            root[0] = new VBox(search.root());
            VBox.setVgrow(search.root(), javafx.scene.layout.Priority.ALWAYS);
        });
        show(root[0], 1000, 780);
        field = robot.lookup("#search-field").queryAs(TextField.class);
        robot.interact(field::requestFocus);
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchHit> results() {
        return robot.lookup("#search-results").queryAs(ListView.class);
    }

    private void tap(String... keys) {
        for (String k : keys) {
            robot.clickOn("#kiosk-key-" + k);
        }
    }

    @Test
    void tappingWenwuFindsTheNoticesOnCulturalRelicsAndTheFieldKeepsTheFocus() throws Exception {
        tap("w", "e", "n", "w", "u");
        assertThat(field.getText()).isEqualTo("wenwu");
        assertThat(stage.getScene().getFocusOwner()).isSameAs(field);
        // Search as you type answers the letters: the notices on 文物 (cultural relics) come first.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results().getAccessibleText() != null
                && results().getAccessibleText().startsWith("“wenwu”") && !results().getItems().isEmpty());
        assertThat(results().getItems().get(0).title()).contains("文物");
        assertThat(results().getItems()).extracting(SearchHit::docNumber).contains("吕政函〔2022〕94号");
        // The suggestions under the field follow the letters too.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                        && ((javafx.scene.control.ListCell<?>) n).getText().contains("文物保护单位")).tryQuery().isPresent());
        snapshot("kiosk-keyboard.png");
    }

    @Test
    void keysTypeAtTheCaretAndBackspaceAndClearWork() {
        tap("2", "0", "2", "3");
        robot.interact(() -> field.positionCaret(0));
        tap("u3014"); // 〔 at the start, where the caret is
        robot.interact(field::end);
        tap("u3015", "6", "u53f7"); // 〕6号
        assertThat(field.getText()).isEqualTo("〔2023〕6号");
        robot.interact(() -> field.positionCaret(1));
        tap("backspace");
        assertThat(field.getText()).isEqualTo("2023〕6号");
        // A selection is replaced by the key, as on a keyboard.
        robot.interact(() -> field.selectRange(0, 4));
        tap("u5e74"); // 年
        assertThat(field.getText()).isEqualTo("年〕6号");
        robot.interact(() -> field.selectRange(1, 3));
        tap("backspace");
        assertThat(field.getText()).isEqualTo("年号");
        tap("space", "q"); // at the caret, after 年
        assertThat(field.getText()).isEqualTo("年 q号");
        tap("clear");
        assertThat(field.getText()).isEmpty();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(field);
    }

    @Test
    void everyKeyIsAFingerWideAndNoneTakesTheFocus() {
        List<Node> keys = robot.lookup("#kiosk-keyboard .button").queryAll().stream().toList();
        // 10 digits, 26 letters, 〔 〕 号 年 第 期, space, backspace, clear.
        assertThat(keys).hasSize(10 + 26 + 6 + 3);
        for (Node k : keys) {
            Bounds b = k.localToScene(k.getLayoutBounds());
            assertThat(b.getWidth()).as(((Button) k).getText()).isGreaterThanOrEqualTo(44);
            assertThat(b.getHeight()).as(((Button) k).getText()).isGreaterThanOrEqualTo(44);
            assertThat(k.isFocusTraversable()).isFalse();
        }
        // The whole keyboard shows in the panel (none of it cut off at the right).
        Node keyboard = robot.lookup("#kiosk-keyboard").query();
        assertThat(keyboard.localToScene(keyboard.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        // A tap elsewhere took the focus: the next key gives it back and types where the caret was.
        robot.interact(() -> field.setText("wenbao"));
        robot.interact(() -> field.positionCaret(3));
        robot.interact(() -> results().requestFocus());
        tap("w", "u");
        assertThat(field.getText()).isEqualTo("wenwubao");
        assertThat(stage.getScene().getFocusOwner()).isSameAs(field);
    }
}
