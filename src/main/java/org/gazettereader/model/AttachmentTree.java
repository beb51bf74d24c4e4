// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A notice's attachments nested by label: 附件4-1 and 附件4-2 under 附件4. {@code part} is the
 * attachment's place in the notice's flat list plus one (the part number anchors use). An attachment
 * whose parent is not in the list (附件9-1 with no 附件9) stands at the top.
 */
public record AttachmentTree(int part, Attachment attachment, List<AttachmentTree> children) {
    public static List<AttachmentTree> of(List<Attachment> attachments) {
        List<AttachmentTree> roots = new ArrayList<>();
        Map<String, AttachmentTree> byLabel = new HashMap<>();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            AttachmentTree node = new AttachmentTree(i + 1, a, new ArrayList<>());
            AttachmentTree parent = a.parentLabel() == null ? null : byLabel.get(a.parentLabel());
            (parent != null ? parent.children() : roots).add(node);
            if (a.label() != null) {
                byLabel.putIfAbsent(a.label(), node);
            }
        }
        return roots;
    }
}
