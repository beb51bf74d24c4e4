// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

/** Chinese characters and full-width forms one em wide, everything else half an em: a stand-in for tests and benchmarks. */
public final class MonospaceMeasurer implements TextMeasurer {
    @Override
    public double width(String text, TextStyle style, double size) {
        double em = size * style.scale();
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += isWide(text.charAt(i)) ? em : em / 2;
        }
        return w;
    }

    static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFF60
                || c >= 0x3000 && c <= 0x303F || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';
    }
}
