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

    // equals and hashCode written out: a record's own are linked at their first call through
    // ObjectMethods, which generates method-handle classes that JDK 17's class-data-sharing archive
    // cannot hold (about 10 ms when the first notice is opened).

    @Override
    public boolean equals(Object o) {
        return o instanceof PageGeometry g && Double.compare(width, g.width) == 0 && Double.compare(height, g.height) == 0
                && Double.compare(top, g.top) == 0 && Double.compare(right, g.right) == 0
                && Double.compare(bottom, g.bottom) == 0 && Double.compare(left, g.left) == 0;
    }

    @Override
    public int hashCode() {
        long h = Double.hashCode(width);
        h = 31 * h + Double.hashCode(height);
        h = 31 * h + Double.hashCode(top);
        h = 31 * h + Double.hashCode(right);
        h = 31 * h + Double.hashCode(bottom);
        return (int) (31 * h + Double.hashCode(left));
    }

    /** Screen pages: margins of about 7% of the width, at least 24 px. */
    public static PageGeometry screen(double width, double height) {
        double m = Math.max(24, Math.round(width * 0.07));
        double v = Math.max(24, Math.round(height * 0.06));
        return new PageGeometry(width, height, v, m, v, m);
    }
}
