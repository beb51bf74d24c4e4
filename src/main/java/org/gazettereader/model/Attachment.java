// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.List;

/** A document a notice carries: labelled (附件1) or not (a plan issued by the notice). */
public record Attachment(String label, String title, List<Block> blocks) {
    public Attachment {
        blocks = List.copyOf(blocks);
    }
}
