// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of a notice: a heading (with its level 1–4), an article (with its number, e.g. 第一条),
 * a paragraph, a list item, a table (with rows of cells), a signature, a date or the publication
 * note. {@code page} is the printed gazette page when the source shows it, else null.
 */
public record Block(BlockType type, Integer level, String number, String text, List<List<String>> rows, Integer page) {
    public Block {
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public static Block of(BlockType type, String text, Integer page) {
        return new Block(type, null, null, text, null, page);
    }

    public static Block heading(int level, String text, Integer page) {
        return new Block(BlockType.HEADING, level, null, text, null, page);
    }

    public static Block article(String number, String text, Integer page) {
        return new Block(BlockType.ARTICLE, null, number, text, null, page);
    }

    public static Block table(List<List<String>> rows, Integer page) {
        String text = String.join("\n", rows.stream().map(r -> String.join("\t", r)).toList());
        return new Block(BlockType.TABLE, null, null, text, rows, page);
    }
}
