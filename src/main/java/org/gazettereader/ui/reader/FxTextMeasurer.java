// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.gazettereader.typeset.OfficialFonts;
import org.gazettereader.typeset.TextMeasurer;
import org.gazettereader.typeset.TextStyle;

/**
 * Measures with the fonts the page is drawn in: the official ones when the machine has them
 * ({@link OfficialFonts}), else the bundled family. Widths are cached per style, size and character
 * (Chinese text has no kerning), so a 1,000-paragraph notice measures in milliseconds; detached
 * {@link Text} nodes may be measured off the JavaFX thread, one per thread.
 */
public final class FxTextMeasurer implements TextMeasurer {
    private final OfficialFonts fonts;
    private final Map<Long, Double> cache = new ConcurrentHashMap<>();
    private final ThreadLocal<Text> probe = ThreadLocal.withInitial(Text::new);

    /** The official fonts installed on this machine, {@code fallback} (the bundled family) for the rest. */
    public FxTextMeasurer(String fallback) {
        this(new OfficialFonts(Font.getFamilies(), FxTextMeasurer::hasBoldFace, fallback));
    }

    public FxTextMeasurer(OfficialFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The font of a style. A family without a bold face is still asked for bold, as before: JavaFX then
     * draws its regular face, so the reader never shows a smeared fake bold.
     */
    public Font font(TextStyle style, double size) {
        OfficialFonts.Face face = fonts.face(style);
        boolean bold = face.bold() || face.embolden();
        return Font.font(face.family(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size * style.scale());
    }

    /** Whether JavaFX knows a bold face of {@code family} (a font name with Bold or 粗 in it). */
    static boolean hasBoldFace(String family) {
        return Font.getFontNames(family).stream().map(n -> n.toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.contains("bold") || n.contains("粗"));
    }

    @Override
    public double width(String text, TextStyle style, double size) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            long key = ((long) style.ordinal() << 48) | ((long) Math.round(size * 16) << 16) | c;
            Double cw = cache.get(key);
            if (cw == null) {
                Text t = probe.get();
                t.setFont(font(style, size));
                t.setText(String.valueOf(c));
                cw = t.getLayoutBounds().getWidth();
                cache.put(key, cw);
            }
            w += cw;
        }
        return w;
    }
}
