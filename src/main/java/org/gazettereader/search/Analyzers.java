// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Analyzers per field. Title and body use CJK bigrams without stop words: every two-character
 * substring is a term, so a phrase of bigrams matches exactly the characters typed (recall for
 * names and rare words that a dictionary does not know). The {@code _words} twins use
 * SmartChinese word segmentation so that whole words rank higher. Pinyin is whitespace-split,
 * everything else is a keyword.
 */
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer bigrams() {
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
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
                Fields.PINYIN.field(), new WhitespaceAnalyzer()));
    }
}
