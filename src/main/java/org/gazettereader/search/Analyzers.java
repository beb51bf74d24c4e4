// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Analyzers per field. Title and body use CJK bigrams without stop words: every two-character
 * substring is a term, so a phrase of bigrams matches exactly the characters typed (recall for
 * names and rare words that a dictionary does not know). The {@code _words} twins use
 * SmartChinese word segmentation so that whole words rank higher. The body's pinyin is its bigrams spelled in
 * pinyin; the title's pinyin is whitespace-split,
 * everything else is a keyword.
 */
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer bigrams() {
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** The body's Han bigrams as pinyin (文物 → wenwu), for full pinyin typed without an input method. */
    public static Analyzer pinyinBigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new CJKWidthFilter(source);
                ts = new CJKBigramFilter(ts);
                return new TokenStreamComponents(source, new PinyinBigramFilter(ts));
            }
        };
    }

    public static Analyzer words() {
        return new SmartChineseAnalyzer(true);
    }

    public static Analyzer perField() {
        Analyzer bigrams = bigrams();
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Fields.TITLE.field(), bigrams,
                Fields.BODY.field(), bigrams,
                Fields.TITLE_WORDS.field(), words,
                Fields.PINYIN.field(), new WhitespaceAnalyzer(),
                Fields.BODY_PINYIN.field(), pinyinBigrams()));
    }
}
