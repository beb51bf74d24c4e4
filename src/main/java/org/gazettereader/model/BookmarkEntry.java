// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

/** A bookmark with what the bookmarks panel shows around it: the notice's title and its issue. */
public record BookmarkEntry(Bookmark bookmark, String noticeTitle, String gazette, Integer year, Integer issue) {
}
