// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

/** A completion offered while typing: the notice's title and 文号. */
public record Suggestion(String id, String title, String docNumber) {
}
