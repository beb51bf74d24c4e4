// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One notice (公文) of an issue. Absent values are null, never guessed. {@code id} is stable for the
 * same notice across re-imports: it is derived from the gazette, the issue and the 文号 (or the
 * title when there is none).
 */
public record Notice(
        int seq,
        String id,
        String section,
        String title,
        String docNumber,
        String type,
        String issuer,
        String recipients,
        LocalDate signed,
        Integer tocPage,
        Boolean isPublic,
        Consult consult,
        List<Block> blocks,
        List<Attachment> attachments) {
    public Notice {
        blocks = List.copyOf(blocks);
        attachments = List.copyOf(attachments);
    }
}
