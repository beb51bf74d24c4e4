// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

/** A bookmark: a place in a notice's text (part 0 the notice, k its k-th attachment; block; character offset). */
public record Bookmark(long id, String noticeId, int part, int block, int offset, String label) {
}
