// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;

/** Turns repaired paragraphs into typed blocks: headings by level, articles, list items, tables, paragraphs. */
final class BlockBuilder {
    private static final int SHORT_HEADING = 30;

    private BlockBuilder() {
    }

    static List<Block> build(List<SourceLine> paragraphs) {
        // A law divided into 编 puts them above its 章 and 节: every level moves down by one.
        int lawShift = paragraphs.stream().anyMatch(p -> isLawHeading(Patterns.PART, p.text().strip())) ? 1 : 0;
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Integer rowsPage = null;
        List<List<String>> grid = new ArrayList<>();
        Integer gridPage = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            SourceLine p = paragraphs.get(i);
            if (p.text().contains(ParagraphJoiner.CELL)) {
                // A row the joiner kept: rows in a run make one table.
                if (!rows.isEmpty()) {
                    blocks.add(Block.table(rows, rowsPage));
                    rows = new ArrayList<>();
                }
                if (grid.isEmpty()) {
                    gridPage = p.page();
                }
                grid.add(Arrays.stream(p.text().split(ParagraphJoiner.CELL)).map(c -> TextNormalizer.removeWrapSpaces(c).strip()).toList());
                continue;
            }
            if (!grid.isEmpty()) {
                blocks.add(Block.table(labelled(grid), gridPage));
                grid = new ArrayList<>();
            }
            String t = TextNormalizer.removeWrapSpaces(p.text());
            boolean kv = Patterns.isKeyValue(t) && (rows.size() > 0 || nextIsKeyValue(paragraphs, i));
            if (kv) {
                Matcher m = Patterns.KEY_VALUE.matcher(t);
                m.matches();
                if (rows.isEmpty()) {
                    rowsPage = p.page();
                }
                rows.add(List.of(m.group(1).replaceAll("\\s+", ""), m.group(2).strip()));
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(Block.table(rows, rowsPage));
                rows = new ArrayList<>();
            }
            Block b = lawHeading(p.text().strip(), lawShift, p.page());
            if (b == null) {
                b = classify(t, p.page());
            }
            if (b.type() == BlockType.HEADING && !blocks.isEmpty() && inAttachmentList(blocks.get(blocks.size() - 1))
                    && Patterns.HEADING3.matcher(t).find()) {
                // 附件：1．… then 2．…: the next item of the attachment list, not a heading.
                b = Block.of(BlockType.LIST_ITEM, t, p.page());
            }
            blocks.add(b);
        }
        if (!rows.isEmpty()) {
            blocks.add(Block.table(rows, rowsPage));
        }
        if (!grid.isEmpty()) {
            blocks.add(Block.table(labelled(grid), gridPage));
        }
        return blocks;
    }

    /**
     * A list laid out under labels (副组长：张小武  市政府副秘书长 / 薛耀宗  市供销合作社主任): the label
     * gets its own column without the colon, and the rows under it an empty label cell, so that
     * names stand under names.
     */
    static List<List<String>> labelled(List<List<String>> grid) {
        List<List<String>> out = new ArrayList<>();
        boolean anyLabel = false;
        boolean[] label = new boolean[grid.size()];
        for (int r = 0; r < grid.size(); r++) {
            List<String> row = new ArrayList<>(grid.get(r));
            Matcher kv = Patterns.KEY_VALUE.matcher(row.get(0));
            if (row.get(0).endsWith("：") || row.get(0).endsWith(":")) {
                row.set(0, row.get(0).substring(0, row.get(0).length() - 1).replaceAll("\\s+", ""));
                label[r] = true;
            } else if (kv.matches()) {
                row.set(0, kv.group(2).strip());
                row.add(0, kv.group(1).replaceAll("\\s+", ""));
                label[r] = true;
            }
            anyLabel |= label[r];
            out.add(row);
        }
        if (!anyLabel) {
            return grid;
        }
        int widest = out.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < out.size(); r++) {
            if (!label[r] && out.get(r).size() == widest - 1) {
                out.get(r).add(0, "");
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern LAW_NUMBER = java.util.regex.Pattern.compile(
            "^(第" + Patterns.CN_NUM + "[编章节])\\s*(.*)$");

    private static boolean isLawHeading(java.util.regex.Pattern p, String t) {
        return p.matcher(t).find() && t.length() <= SHORT_HEADING && !t.contains("。") && !t.endsWith("；");
    }

    /**
     * 第一编 / 第一章 / 第一节 as a heading (levels 1, 1, 2; 1, 2, 3 in a law with 编), its name after one
     * space as laws print it ({@code 第一章 总则}); null when the paragraph is no such heading.
     */
    static Block lawHeading(String raw, int shift, Integer page) {
        int level;
        if (isLawHeading(Patterns.PART, raw)) {
            level = 1;
        } else if (isLawHeading(Patterns.CHAPTER, raw)) {
            level = 1 + shift;
        } else if (isLawHeading(Patterns.SECTION, raw)) {
            level = 2 + shift;
        } else {
            return null;
        }
        Matcher m = LAW_NUMBER.matcher(raw);
        m.matches();
        String name = TextNormalizer.removeWrapSpaces(m.group(2));
        return Block.heading(level, name.isEmpty() ? m.group(1) : m.group(1) + " " + name, page);
    }

    private static boolean inAttachmentList(Block last) {
        return (last.type() == BlockType.PARAGRAPH && Patterns.ATTACHMENT_LIST.matcher(last.text()).find())
                || (last.type() == BlockType.LIST_ITEM && Patterns.HEADING3.matcher(last.text()).find());
    }

    private static boolean nextIsKeyValue(List<SourceLine> paragraphs, int i) {
        return i + 1 < paragraphs.size()
                && Patterns.isKeyValue(TextNormalizer.removeWrapSpaces(paragraphs.get(i + 1).text()));
    }

    static Block classify(String t, Integer page) {
        if (ChineseDates.isDateLine(t)) {
            return Block.of(BlockType.DATE, t, page);
        }
        if (Patterns.isNote(t)) {
            return Block.of(BlockType.NOTE, t, page);
        }
        Matcher article = Patterns.ARTICLE.matcher(t);
        if (article.find()) {
            // As laws are printed: the article's number, a full-width space, its text (the space is lost in joining lines).
            String rest = t.substring(article.end()).strip();
            return Block.article(article.group(1), rest.isEmpty() ? t : article.group(1) + "\u3000" + rest, page);
        }
        boolean isShort = t.length() <= SHORT_HEADING && !t.endsWith("。") && !t.endsWith("；") && !t.contains("。");
        if (Patterns.CHAPTER.matcher(t).find() && isShort) {
            return Block.heading(1, t, page);
        }
        if (Patterns.SECTION.matcher(t).find() && isShort) {
            return Block.heading(2, t, page);
        }
        if (Patterns.HEADING1.matcher(t).find()) {
            return isShort ? Block.heading(1, t, page) : Block.of(BlockType.PARAGRAPH, t, page);
        }
        if (Patterns.HEADING2.matcher(t).find()) {
            return isShort ? Block.heading(2, t, page) : Block.of(BlockType.PARAGRAPH, t, page);
        }
        if (Patterns.HEADING3.matcher(t).find()) {
            return isShort ? Block.heading(3, t, page) : Block.of(BlockType.LIST_ITEM, t, page);
        }
        if (Patterns.HEADING4.matcher(t).find()) {
            return isShort ? Block.heading(4, t, page) : Block.of(BlockType.LIST_ITEM, t, page);
        }
        return Block.of(BlockType.PARAGRAPH, t, page);
    }
}
