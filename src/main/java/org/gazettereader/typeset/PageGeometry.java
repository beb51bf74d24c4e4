// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

/** A page's size and margins (same unit as the measurer: pixels on screen, points in PDF). */
public record PageGeometry(double width, double height, double top, double right, double bottom, double left) {
    public PageGeometry {
        if (width - left - right < 40 || height - top - bottom < 40) {
            throw new IllegalArgumentException("page too small for its margins: " + width + "×" + height);
        }
    }

    public double textWidth() {
        return width - left - right;
    }

    public double textHeight() {
        return height - top - bottom;
    }

    /** Screen pages: margins of about 7% of the width, at least 24 px. */
    public static PageGeometry screen(double width, double height) {
        double m = Math.max(24, Math.round(width * 0.07));
        double v = Math.max(24, Math.round(height * 0.06));
        return new PageGeometry(width, height, v, m, v, m);
    }
}
