// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

/**
 * Measures text for the typesetter. The window plugs in a JavaFX measurer, the PDF export a
 * PDFBox one, tests and benchmarks {@link MonospaceMeasurer}; the same engine lays out all three.
 */
public interface TextMeasurer {
    /** Advance width of {@code text} in {@code style} at base font size {@code size} (pixels or points). */
    double width(String text, TextStyle style, double size);
}
