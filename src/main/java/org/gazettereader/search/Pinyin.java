// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Pinyin terms for terminals without a Chinese input method: a title's words (SmartChinese) and
 * runs of up to four consecutive words, each as full pinyin (zhishichanquan) and as initials (zscq).
 */
public final class Pinyin {
    private static final int MAX_RUN = 4;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final String[] CACHE = new String[Character.MAX_VALUE + 1];

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private final Analyzer words;

    public Pinyin(Analyzer words) {
        this.words = words;
    }

    /** The pinyin terms of {@code text}, space-separated, for the pinyin field. */
    public String terms(String text) {
        List<String> ws = words(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < ws.size(); i++) {
            StringBuilder full = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < Math.min(ws.size(), i + MAX_RUN); j++) {
                String w = ws.get(j);
                for (int k = 0; k < w.length(); k++) {
                    String p = syllable(w.charAt(k));
                    if (p != null) {
                        full.append(p);
                        initials.append(p.charAt(0));
                    }
                }
                if (full.length() > 0) {
                    out.add(full.toString());
                    if (initials.length() >= 2) {
                        out.add(initials.toString());
                    }
                }
            }
        }
        return String.join(" ", out);
    }

    /** Full pinyin of one character (first reading), or null for non-Han characters. */
    static String syllable(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        // The body's pinyin asks for every character of every notice: look each up once. (Racing threads
        // store the same string; the table is bounded by the 64k chars.)
        String known = CACHE[c];
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            String p = all == null || all.length == 0 ? "" : all[0];
            CACHE[c] = p;
            return p.isEmpty() ? null : p;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format", e);
        }
    }

    /** The full pinyin (or the initials) of a run of Han characters, or null when one is not Han. */
    static String spell(String han, boolean initials) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < han.length(); i++) {
            String p = syllable(han.charAt(i));
            if (p == null) {
                return null;
            }
            b.append(initials ? p.substring(0, 1) : p);
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * The full pinyin of a typed term that mixes letters and Han characters (wenwu保护 → wenwubaohu),
     * or null when it holds anything else or no Han character.
     */
    static String mixed(String term) {
        StringBuilder b = new StringBuilder();
        boolean han = false;
        boolean latin = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            String p = syllable(c);
            if (p != null) {
                b.append(p);
                han = true;
            } else if (PinyinSyllables.letters(String.valueOf(c))) {
                b.append(c);
                latin = true;
            } else {
                return null;
            }
        }
        return han && latin ? lower(b.toString()) : null;
    }

    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = words.tokenStream("pinyin-source", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isEmpty() && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The runs of Han characters in {@code text} that {@code letters} spells, as full pinyin
     * (zhishichanquan) or as initials (zscq), two characters or more: what a pinyin query matched.
     */
    public static List<String> spelled(String letters, String text) {
        String want = lower(letters);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); i++) {
            StringBuilder full = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < text.length() && (full.length() < want.length() || initials.length() < want.length()); j++) {
                String p = syllable(text.charAt(j));
                if (p == null) {
                    break;
                }
                full.append(p);
                initials.append(p.charAt(0));
                if (j > i && (want.contentEquals(full) || want.contentEquals(initials))) {
                    out.add(text.substring(i, j + 1));
                }
            }
        }
        return List.copyOf(out);
    }

    /** True when a query term is letters only (a–z, ü, an apostrophe between syllables), so it may be pinyin. */
    public static boolean isLetters(String s) {
        return s.length() >= 2 && s.length() <= 40 && PinyinSyllables.letters(s) && !s.contains(":");
    }

    /** Typed pinyin as the index spells it: lower case, ü as v, no apostrophes. */
    public static String lower(String s) {
        return PinyinSyllables.normalize(s).replace("'", "");
    }
}
