// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

/**
 * A hanging indent given by text, so that it lines up in any font: the paragraph's first line starts
 * after the width of {@code lead}, its other lines after the width of {@code hang} (both after the
 * two-character indent when the paragraph has one). An attachment list: 附件：1．甲 has lead "" and
 * hang "附件：1．"; the item 2．乙 under it has lead "附件：" and hang "附件：2．".
 */
public record Hanging(String lead, String hang) {
}
