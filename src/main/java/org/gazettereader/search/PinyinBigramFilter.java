// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns the Han bigrams of a {@code CJKBigramFilter} into their pinyin (文物 → wenwu) and drops every
 * other token, keeping positions: typed full pinyin then matches the body as a phrase of syllable
 * pairs (wenwu wubao baohu), the way typed characters match it as a phrase of bigrams.
 */
final class PinyinBigramFilter extends TokenFilter {
    private static final String DOUBLE = "<DOUBLE>";
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder spelled = new StringBuilder(16);

    PinyinBigramFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            if (DOUBLE.equals(type.type()) && spell()) {
                inc.setPositionIncrement(inc.getPositionIncrement() + skipped);
                term.setEmpty().append(spelled);
                return true;
            }
            skipped += inc.getPositionIncrement();
        }
        return false;
    }

    private boolean spell() {
        spelled.setLength(0);
        for (int i = 0; i < term.length(); i++) {
            String p = Pinyin.syllable(term.charAt(i));
            if (p == null) {
                return false;
            }
            spelled.append(p);
        }
        return true;
    }
}
