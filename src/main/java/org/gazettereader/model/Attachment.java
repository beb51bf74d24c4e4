// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.List;

/**
 * A document a notice carries: labelled (附件1) or not (a plan issued by the notice). Attachments of
 * attachments (附件4-1 under 附件4) stand in the same flat list, in reading order; {@link #parentLabel()}
 * and {@link AttachmentTree} give the nesting.
 */
public record Attachment(String label, String title, List<Block> blocks) {
    public Attachment {
        blocks = List.copyOf(blocks);
    }

    /** The label's numbers: 附件4-1 → [4, 1], 附件2 → [2], no label or 附件 alone → []. */
    public List<Integer> numbers() {
        if (label == null) {
            return List.of();
        }
        String digits = label.replaceAll("[^0-9-]", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(digits.split("-")).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    /** 1 for 附件4 (or an unlabelled attachment), 2 for 附件4-1. */
    public int depth() {
        return Math.max(1, numbers().size());
    }

    /** The label of the attachment this one belongs to (附件4 for 附件4-1), or null at the top. */
    public String parentLabel() {
        List<Integer> n = numbers();
        if (n.size() < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder("附件");
        for (int i = 0; i < n.size() - 1; i++) {
            b.append(i > 0 ? "-" : "").append(n.get(i));
        }
        return b.toString();
    }
}
