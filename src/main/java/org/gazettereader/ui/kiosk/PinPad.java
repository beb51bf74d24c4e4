// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.PinGate;

/**
 * The administrator's PIN pad: large digit buttons (no keyboard needed; digits typed on one work
 * too), the digits shown as dots, and what the gate answered: wrong with the tries left, or locked
 * out with the time to wait. The PIN is held in a char array that is wiped after every try.
 */
public final class PinPad {
    static final int MAX_DIGITS = 12;
    static final double KEY_SIZE = 88;

    private final Messages m;
    private final Function<char[], PinGate.Attempt> gate;
    private final Runnable opened;
    private final Runnable cancelled;
    private final StackPane root = new StackPane();
    private final Label dots = new Label();
    private final Label message = new Label();
    private char[] digits = new char[MAX_DIGITS];
    private int length;

    /** {@code gate} decides a PIN ({@link PinGate#attempt}); {@code opened} runs on the right one. */
    public PinPad(Messages m, Function<char[], PinGate.Attempt> gate, Runnable opened, Runnable cancelled) {
        this.m = m;
        this.gate = gate;
        this.opened = opened;
        this.cancelled = cancelled;
        Label title = new Label(m.get("kiosk.pin.title"));
        title.getStyleClass().add("kiosk-title");
        dots.setId("kiosk-pin-dots");
        dots.getStyleClass().add("kiosk-pin-dots");
        message.setId("kiosk-pin-message");
        message.getStyleClass().add("kiosk-message");
        message.setWrapText(true);
        message.setMaxWidth(KEY_SIZE * 3 + 40);
        GridPane keys = new GridPane();
        keys.setHgap(12);
        keys.setVgap(12);
        keys.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            keys.add(digit((char) ('0' + d)), (d - 1) % 3, (d - 1) / 3);
        }
        keys.add(key("kiosk-pin-clear", m.get("kiosk.pin.clear"), this::clear), 0, 3);
        keys.add(digit('0'), 1, 3);
        keys.add(key("kiosk-pin-back", "⌫", this::back), 2, 3);
        Button ok = key("kiosk-pin-ok", m.get("kiosk.pin.ok"), this::submit);
        ok.getStyleClass().add("accent");
        Button cancel = key("kiosk-pin-cancel", m.get("kiosk.pin.cancel"), this::cancel);
        ok.setPrefWidth(KEY_SIZE * 1.5 + 6);
        cancel.setPrefWidth(KEY_SIZE * 1.5 + 6);
        HBox bottom = new HBox(12, cancel, ok);
        bottom.setAlignment(Pos.CENTER);
        VBox box = new VBox(18, title, dots, keys, bottom, message);
        box.setAlignment(Pos.CENTER);
        box.setId("kiosk-pin-pad");
        box.getStyleClass().add("kiosk-card");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.getChildren().add(box);
        root.getStyleClass().add("kiosk-veil");
        root.setId("kiosk-pin");
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::typed);
        show();
    }

    public Parent root() {
        return root;
    }

    private Button digit(char d) {
        return key("kiosk-pin-" + d, String.valueOf(d), () -> add(d));
    }

    private static Button key(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("kiosk-key");
        b.setMinSize(KEY_SIZE, KEY_SIZE);
        b.setPrefSize(KEY_SIZE, KEY_SIZE);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void typed(KeyEvent e) {
        String t = e.getText();
        if (t != null && t.length() == 1 && Character.isDigit(t.charAt(0))) {
            add(t.charAt(0));
        } else if (e.getCode() == KeyCode.BACK_SPACE) {
            back();
        } else if (e.getCode() == KeyCode.ENTER) {
            submit();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
        } else {
            return;
        }
        e.consume();
    }

    /** Empties the pad and its message, ready for the next administrator. */
    public void reset() {
        clear();
        message.setText("");
    }

    private void add(char d) {
        if (length < MAX_DIGITS) {
            digits[length++] = d;
            show();
        }
    }

    private void back() {
        if (length > 0) {
            digits[--length] = 0;
            show();
        }
    }

    private void clear() {
        Arrays.fill(digits, (char) 0);
        length = 0;
        show();
    }

    private void show() {
        dots.setText(length == 0 ? m.get("kiosk.pin.enter") : "●".repeat(length));
    }

    private void cancel() {
        reset();
        cancelled.run();
    }

    private void submit() {
        if (length == 0) {
            return;
        }
        char[] pin = Arrays.copyOf(digits, length);
        clear();
        PinGate.Attempt a;
        try {
            a = gate.apply(pin);
        } finally {
            Arrays.fill(pin, (char) 0);
        }
        switch (a.outcome()) {
            case OPENED -> {
                message.setText("");
                opened.run();
            }
            case WRONG -> message.setText(m.get("kiosk.pin.wrong", a.triesLeft()));
            case LOCKED_OUT -> message.setText(m.get("kiosk.pin.lockedOut", wait(a.lockedFor())));
            case NO_PIN_SET -> message.setText(m.get("kiosk.pin.noPin"));
        }
    }

    /** "45 秒" or "3 分 20 秒" (rounded up to the next second). */
    private String wait(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s < 60 ? m.get("kiosk.pin.seconds", s) : m.get("kiosk.pin.minutes", s / 60, s % 60);
    }
}
