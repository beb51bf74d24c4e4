// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Characters in common use (GB 2312 level 1) that an input method offers for the same syllable
 * (权 for 全: both quan), and the simplified
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

    /** True for a character of GB 2312 level 1 (the 3,755 in common use). */
    static boolean common(char c) {
        return Tables.common(c);
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
        // COMMON first: the syllable table is built from it.
        static final BitSet COMMON = commonChars();
        static final Map<String, String> BY_SYLLABLE = bySyllable();
        static final Map<Character, Character> SIMPLIFIED = simplifiedTable();

        private static Map<String, String> bySyllable() {
            Map<String, StringBuilder> b = new HashMap<>();
            for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
                String p = common(c) ? Pinyin.syllable(c) : null;
                if (p != null) {
                    b.computeIfAbsent(p, k -> new StringBuilder()).append(c);
                }
            }
            Map<String, String> out = new HashMap<>();
            b.forEach((k, v) -> out.put(k, v.toString()));
            return out;
        }

        /** True for a character of {@link #COMMON}. */
        static boolean common(char c) {
            return COMMON.get(c);
        }

        /**
         * The characters of GB 2312 level 1, the 3,755 in common use (two bytes B0A1–D7F9 in GB 18030):
         * an input method offers these first, so a slip is one of them, and the candidates stay few.
         */
        private static BitSet commonChars() {
            CharsetEncoder gb = Charset.forName("GB18030").newEncoder();
            BitSet out = new BitSet(Character.MAX_VALUE + 1);
            for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
                try {
                    ByteBuffer b = gb.encode(CharBuffer.wrap(new char[] {c}));
                    int lead = b.remaining() == 2 ? b.get(0) & 0xff : 0;
                    int trail = b.remaining() == 2 ? b.get(1) & 0xff : 0;
                    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe) {
                        out.set(c);
                    }
                } catch (CharacterCodingException e) {
                    // not in GB 18030: not common either
                }
            }
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
