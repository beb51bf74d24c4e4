// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.time.LocalDate;

/** One search result; {@code snippet} marks the matched words with {@code <b>…</b>}. */
public record SearchHit(String id, String docNumber, String title, String gazette, String issue, LocalDate signed,
                        float score, String snippet) {
}
