// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gazettereader.config.Messages;

/**
 * A keyboard on the screen for a terminal without a keyboard or a Chinese input method: digits,
 * the letters a–z (pinyin and pinyin initials find notices: {@code wenwu}, {@code zscq}), the
 * characters a 文号 or an issue is typed with (〔 〕 号 年 第 期), space, backspace and clear. It types
 * into its field at the caret (replacing a selection), as keys would, so whatever listens to the
 * field (search as you type, suggestions) follows. Its keys never take the focus: the field keeps
 * it, with its caret. Each key is at least {@value KioskTouch#MIN_TARGET_PX} px square.
 */
public final class OnScreenKeyboard extends VBox {
    static final List<String> ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm");
    static final List<String> SYMBOLS = List.of("〔", "〕", "号", "年", "第", "期");
    private static final double KEY = 52;
    /** How narrow a key may get where the panel is narrow (1024 px screens): still a finger's width. */
    private static final double NARROWEST_KEY = 44;

    private final TextField field;
    /** Where the caret and the selection's anchor were while the field had the focus (focus elsewhere resets them). */
    private int anchor;
    private int caret;

    public OnScreenKeyboard(Messages m, TextField field) {
        this.field = field;
        anchor = field.getAnchor();
        caret = field.getCaretPosition();
        field.caretPositionProperty().addListener((o, was, now) -> remember());
        field.anchorProperty().addListener((o, was, now) -> remember());
        field.textProperty().addListener((o, was, now) -> remember());
        setId("kiosk-keyboard");
        getStyleClass().add("kiosk-keyboard");
        getStylesheets().add(KioskTouch.stylesheet(HomeScreen.STYLESHEET));
        setAccessibleText(m.get("kioskKeys.keyboard"));
        for (String row : ROWS) {
            HBox line = row();
            row.codePoints().forEach(cp -> line.getChildren().add(typing(new String(Character.toChars(cp)))));
            getChildren().add(line);
        }
        HBox last = row();
        SYMBOLS.forEach(s -> last.getChildren().add(typing(s)));
        Button space = key("kiosk-key-space", m.get("kioskKeys.space"), () -> type(" "));
        space.getStyleClass().add("kiosk-key-wide");
        HBox.setHgrow(space, Priority.ALWAYS);
        space.setMaxWidth(Double.MAX_VALUE);
        space.setAccessibleText(m.get("kioskKeys.space"));
        Button back = key("kiosk-key-backspace", m.get("kioskKeys.backspace"), this::backspace);
        back.setAccessibleText(m.get("kioskKeys.backspace"));
        Button clear = key("kiosk-key-clear", m.get("kioskKeys.clear"), field::clear);
        clear.setAccessibleText(m.get("kioskKeys.clear"));
        back.getStyleClass().add("kiosk-key-action");
        clear.getStyleClass().add("kiosk-key-action");
        last.getChildren().addAll(space, back, clear);
        getChildren().add(last);
    }

    private static HBox row() {
        HBox line = new HBox();
        line.getStyleClass().add("kiosk-key-row");
        line.setAlignment(Pos.CENTER);
        return line;
    }

    private void remember() {
        if (field.isFocused()) {
            anchor = field.getAnchor();
            caret = field.getCaretPosition();
        }
    }

    /** The field this keyboard types into. */
    public TextField field() {
        return field;
    }

    private Button typing(String text) {
        Button b = key("kiosk-key-" + keyId(text), text, () -> type(text));
        b.setAccessibleText(text);
        return b;
    }

    private static String keyId(String text) {
        int cp = text.codePointAt(0);
        return cp < 128 ? text : "u" + Integer.toHexString(cp);
    }

    private Button key(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("kiosk-key");
        // The field keeps the focus (and its caret) however the keys are pressed.
        b.setFocusTraversable(false);
        b.setMinSize(NARROWEST_KEY, KEY);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Types {@code text} at the caret, replacing what is selected. */
    void type(String text) {
        if (!field.isEditable() || field.isDisabled()) {
            return;
        }
        hold();
        field.replaceSelection(text);
    }

    /**
     * Gives the field the focus when it lost it (a tap elsewhere), keeping its caret and selection:
     * focus from elsewhere selects a field's whole text, which the next key would replace.
     */
    private void hold() {
        if (!field.isFocused()) {
            int length = field.getLength();
            // Read before the focus moves: gaining it selects the whole text, and the listeners would remember that.
            int a = Math.min(anchor, length);
            int c = Math.min(caret, length);
            field.requestFocus();
            field.selectRange(a, c);
        }
    }

    /** Deletes the selection, else the character before the caret. */
    void backspace() {
        if (!field.isEditable() || field.isDisabled()) {
            return;
        }
        hold();
        if (field.getSelection().getLength() > 0) {
            field.replaceSelection("");
        } else {
            field.deletePreviousChar();
        }
    }
}
