// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.junit.jupiter.api.Test;

class PackedBlocksTest {

    private static List<PackedBlocks.PartBlock> worldShaped() {
        List<PackedBlocks.PartBlock> out = new ArrayList<>();
        out.add(new PackedBlocks.PartBlock(0, Block.heading(1, "第一章　总则", 3)));
        out.add(new PackedBlocks.PartBlock(0, Block.article("第一条", "为了保障公民基本文化权益，制定本法。", null)));
        out.add(new PackedBlocks.PartBlock(0, Block.of(BlockType.PARAGRAPH, "", null)));
        out.add(new PackedBlocks.PartBlock(0, Block.of(BlockType.PARAGRAPH, "OCR 损坏：吕粱市人民政府 ■■ 2O23 年\u0000\uD83D\uDE00", 12)));
        out.add(new PackedBlocks.PartBlock(0, Block.table(List.of(List.of("序号", "单位", ""), List.of("1", "市文旅局", "备注\t含制表符")), 4)));
        // A table block whose text is not its cells joined: kept exactly as it was.
        out.add(new PackedBlocks.PartBlock(0, new Block(BlockType.TABLE, null, null, "表格说明", List.of(List.of("a")), null)));
        out.add(new PackedBlocks.PartBlock(2, Block.of(BlockType.LIST_ITEM, "附件2的第一项".repeat(2000), null)));
        out.add(new PackedBlocks.PartBlock(1, new Block(BlockType.HEADING, 4, "（一）", "附件1标题", null, Integer.MAX_VALUE)));
        return out;
    }

    @Test
    void everyKindOfBlockComesBackAsItWasWrittenInItsOrder() {
        List<PackedBlocks.PartBlock> blocks = worldShaped();
        assertThat(PackedBlocks.unpack(PackedBlocks.pack(blocks), "n1")).isEqualTo(blocks);
        assertThat(PackedBlocks.unpack(PackedBlocks.pack(List.of()), "n0")).isEmpty();
    }

    /**
     * A tester imported a file of one paragraph of 5,000,000 字 (15 MB): it imported, and every later
     * read refused it as damaged ("count out of range"). Anything an import can store reads back.
     */
    @Test
    void aParagraphLargerThanTheOldLimitComesBack() {
        // 12 MB of UTF-8, above the 10,000,000 the old limit allowed (40 MB, the import's own limit, took
        // the test JVM's heap in a full suite run).
        String huge = "字".repeat(4_000_000);
        List<PackedBlocks.PartBlock> blocks = List.of(new PackedBlocks.PartBlock(0, Block.of(BlockType.PARAGRAPH, huge, null)));
        assertThat(PackedBlocks.unpack(PackedBlocks.pack(blocks), "n-huge")).isEqualTo(blocks);
    }

    /** What the snippets asked SQLite before the texts were packed: the first block holding a word, words in order. */
    private static String reference(List<PackedBlocks.PartBlock> blocks, List<String> words) {
        for (String w : words) {
            for (PackedBlocks.PartBlock b : blocks) {
                if (!w.isBlank() && b.block().text().contains(w)) {
                    return b.block().text();
                }
            }
        }
        return blocks.isEmpty() ? null : blocks.get(0).block().text();
    }

    @Test
    void thePassageForASnippetIsTheFirstBlockHoldingAWordAsBefore() {
        List<PackedBlocks.PartBlock> blocks = worldShaped();
        byte[] packed = PackedBlocks.pack(blocks);
        for (List<String> words : List.<List<String>>of(List.of("文化权益"), List.of("不在其中", "市文旅局"), List.of("含制表符"),
                List.of("附件1标题", "第一章"), List.of("没有", "也没有"), List.of(), List.of(" ", "2O23"), List.of("表格说明"),
                List.of("\uD83D\uDE00"), List.of("附件2的第一项附件2"))) {
            assertThat(PackedBlocks.passage(packed, "n1", words)).as(words.toString()).isEqualTo(reference(blocks, words));
        }
        assertThat(PackedBlocks.passage(PackedBlocks.pack(List.of()), "n0", List.of("x"))).isNull();
        assertThatThrownBy(() -> PackedBlocks.passage(java.util.Arrays.copyOf(packed, packed.length / 2), "n8", List.of("x")))
                .isInstanceOf(LibraryException.class).hasMessageContaining("n8");
    }

    @Test
    void aLongNoticeIsLookedThroughForItsFirstPartOnly() {
        List<PackedBlocks.PartBlock> blocks = new ArrayList<>();
        blocks.add(new PackedBlocks.PartBlock(0, Block.article("第一条", "第一条的正文，讲公共图书馆。", null)));
        for (int i = 0; i < 400; i++) {
            blocks.add(new PackedBlocks.PartBlock(0, Block.article("第" + i + "条", "条文" + i + "：" + "各级人民政府应当".repeat(20), null)));
        }
        blocks.add(new PackedBlocks.PartBlock(0, Block.of(BlockType.PARAGRAPH, "最后一段讲古籍保护。", null)));
        byte[] packed = PackedBlocks.pack(blocks);
        assertThat(PackedBlocks.passage(packed, "law", List.of("条文3："))).startsWith("条文3：");
        assertThat(PackedBlocks.passage(packed, "law", List.of("古籍保护"))).as("beyond the part looked through")
                .isEqualTo("第一条的正文，讲公共图书馆。");
        assertThat(PackedBlocks.unpack(packed, "law")).hasSize(402);
    }

    @Test
    void aNoticesTextTakesLessThanItsCharacters() {
        List<PackedBlocks.PartBlock> blocks = worldShaped();
        int raw = blocks.stream().mapToInt(b -> b.block().text().getBytes(StandardCharsets.UTF_8).length).sum();
        assertThat(PackedBlocks.pack(blocks).length).isLessThan(raw / 4);
    }

    @Test
    void aDamagedValueIsRefusedNamingTheNoticeNeverReadAsText() {
        byte[] packed = PackedBlocks.pack(worldShaped());
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bad = packed.clone();
            int at = random.nextInt(bad.length);
            bad[at] ^= (byte) (1 + random.nextInt(255));
            try {
                List<PackedBlocks.PartBlock> read = PackedBlocks.unpack(bad, "n7");
                // deflate has no checksum of its own on every byte: a flip may still decode to some blocks.
                assertThat(read).isNotNull();
            } catch (LibraryException e) {
                assertThat(e.getMessage()).contains("n7");
            }
        }
        assertThatThrownBy(() -> PackedBlocks.unpack(java.util.Arrays.copyOf(packed, packed.length / 2), "n8"))
                .isInstanceOf(LibraryException.class).hasMessageContaining("n8");
        assertThatThrownBy(() -> PackedBlocks.unpack("not packed".getBytes(StandardCharsets.UTF_8), "n9"))
                .isInstanceOf(LibraryException.class).hasMessageContaining("n9");
    }
}
