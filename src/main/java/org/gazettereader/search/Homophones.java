// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Characters an input method offers for the same syllable (权 for 全: both quan), and the simplified
 * form of a traditional character (檔 → 档), for did-you-mean. Both tables are built once, on the
 * first query that asks for a correction, never on the common search path.
 */
final class Homophones {
    private static final String TRADITIONAL = "traditional-simplified.txt";

    private Homophones() {
    }

    /** The characters read with the same toneless syllable as {@code c} (first readings), without {@code c}. */
    static String of(char c) {
        String p = Pinyin.syllable(c);
        if (p == null) {
            return "";
        }
        String all = Tables.BY_SYLLABLE.getOrDefault(p, "");
        return all.replace(String.valueOf(c), "");
    }

    /** {@code text} with each traditional character replaced by its simplified form. */
    static String simplified(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Tables.SIMPLIFIED.getOrDefault(c, c));
        }
        return b.toString();
    }

    /** Loaded on first use (the holder idiom): the syllable table costs a pinyin look-up per character. */
    private static final class Tables {
        static final Map<String, String> BY_SYLLABLE = bySyllable();
        static final Map<Character, Character> SIMPLIFIED = simplifiedTable();

        private static Map<String, String> bySyllable() {
            Map<String, StringBuilder> b = new HashMap<>();
            for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
                String p = Pinyin.syllable(c);
                if (p != null) {
                    b.computeIfAbsent(p, k -> new StringBuilder()).append(c);
                }
            }
            Map<String, String> out = new HashMap<>();
            b.forEach((k, v) -> out.put(k, v.toString()));
            return out;
        }

        private static Map<Character, Character> simplifiedTable() {
            Map<Character, Character> out = new HashMap<>();
            try (InputStream in = Homophones.class.getResourceAsStream(TRADITIONAL)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + Homophones.class.getPackageName() + "/" + TRADITIONAL);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    for (int i = 0; i + 1 < line.length(); i += 2) {
                        out.put(line.charAt(i), line.charAt(i + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
