// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Word starts from Lucene's SmartChinese segmenter (a dictionary and a hidden Markov model):
 * 吕梁市人民政府关于成立… becomes 吕梁市 人民政府 关于 成立 …. Only this class of the typesetting
 * package touches Lucene; the analyzer is thread-safe, so one instance serves every thread.
 */
public final class SegmentedWords implements WordBreaks {
    private final Analyzer analyzer = new SmartChineseAnalyzer(false);

    @Override
    public BitSet starts(String text) {
        BitSet b = new BitSet(text.length() + 1);
        b.set(0, text.length() + 1);
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = Math.min(o.startOffset(), text.length());
                int end = Math.min(o.endOffset(), text.length());
                b.clear(start + 1, end);
                if (end - start == 1 && start > 0 && Character.isLetterOrDigit(text.charAt(start))
                        && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    // The segmenter leaves what its dictionary lacks as single characters (吕梁/市, 十/四/五,
                    // 第二/批, 赵/如/宁): a lone character joins the word before it rather than start a line.
                    b.clear(start);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("word segmentation failed", e);
        }
        return b;
    }
}
