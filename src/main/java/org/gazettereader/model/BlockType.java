// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.Locale;

/** What a block of a notice is; the JSON name is the lower-case constant. */
public enum BlockType {
    HEADING, ARTICLE, PARAGRAPH, LIST_ITEM, TABLE, SIGNATURE, DATE, NOTE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
