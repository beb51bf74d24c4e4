// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts back 和 where the extraction replaced it by an English " and " between Chinese characters. */
public final class EnglishWordPass extends LinePass {
    public static final String NAME = "english-words";
    private static final Pattern AND = Pattern.compile("(?<=[\\p{IsHan}”」》）])\\s*\\band\\b\\s*(?=[\\p{IsHan}“「《（])");

    public EnglishWordPass() {
        super(NAME);
    }

    @Override
    String repair(int index, String text, RepairLog log) {
        if (!text.contains("and")) {
            return text;
        }
        Matcher m = AND.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        for (int k = 0; k < count; k++) {
            log.record(NAME, index, "and → 和");
        }
        return count == 0 ? text : AND.matcher(text).replaceAll("和");
    }
}
