// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.action;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, not when the control is made.
 *
 * <p>Every {@link Tooltip} is a popup window with a scene of its own, styled when it is made: the
 * window's twenty-odd tooltips took a quarter of the time spent building it at start-up, for tips
 * that most starts never show. The text is kept on the control until then, and is also its
 * accessible help, so a screen reader has it without hovering.
 */
public final class Tips {
    private static final String KEY = "gazette.tip";
    /** Set once the control's pointer filters are added. */
    private static final String WATCHED = "gazette.tip.watched";
    private static final EventHandler<MouseEvent> MAKE = e -> {
        if (e.getSource() instanceof Control c) {
            make(c);
        }
    };

    private Tips() {
    }

    /** Gives {@code control} the tip {@code text}; null takes its tip away. */
    public static void set(Control control, String text) {
        control.getProperties().put(KEY, text);
        control.setAccessibleHelp(text);
        Tooltip made = control.getTooltip();
        if (text == null) {
            if (made != null) {
                control.setTooltip(null);
            }
            return;
        }
        if (made != null) {
            made.setText(text);
        }
        if (control.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            // Entered and moved: the tooltip's own handlers start its delay on the moves that follow.
            control.addEventFilter(MouseEvent.MOUSE_ENTERED, MAKE);
            control.addEventFilter(MouseEvent.MOUSE_MOVED, MAKE);
        }
    }

    /** The tip {@code control} has, whether or not its tooltip has been made yet; null if none. */
    public static String text(Control control) {
        return (String) control.getProperties().get(KEY);
    }

    /** The control's tooltip, made now if it has a tip and none yet. */
    public static Tooltip make(Control control) {
        String text = text(control);
        if (text != null && control.getTooltip() == null) {
            control.setTooltip(new Tooltip(text));
        }
        return control.getTooltip();
    }
}
