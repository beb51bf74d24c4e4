// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java half of migration 004: packs the {@code blocks} rows of every notice into
 * {@code notice_texts} and drops the rows. Runs inside the migration's transaction, so a kill
 * leaves the library as it was before (the next open converts again).
 */
final class BlockRowsConversion {
    private static final Logger LOG = LoggerFactory.getLogger(BlockRowsConversion.class);

    private BlockRowsConversion() {
    }

    static void run(Connection c, ImportListener progress) throws SQLException {
        long started = System.nanoTime();
        int notices = 0;
        int total;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM notices")) {
            total = rs.next() ? rs.getInt(1) : 0;
        }
        progress.upgrading(0, total);
        try (Statement read = c.createStatement();
                PreparedStatement insert = c.prepareStatement("INSERT INTO notice_texts(notice_id, body) VALUES (?, ?)");
                ResultSet rs = read.executeQuery("""
                        SELECT notice_id, part, type, level, number, text, rows, page FROM blocks
                        ORDER BY notice_id, part, ord""")) {
            String current = null;
            List<PackedBlocks.PartBlock> blocks = new ArrayList<>();
            while (rs.next()) {
                String id = rs.getString(1);
                if (!id.equals(current)) {
                    if (current != null) {
                        add(insert, current, blocks);
                        notices++;
                        if (notices % 256 == 0) {
                            insert.executeBatch(); // bounded memory: a batch holds the packed values
                            progress.upgrading(notices, total);
                        }
                        if (notices % 10_000 == 0) {
                            LOG.info("Packing the library's texts: {} notices", notices);
                        }
                    }
                    current = id;
                    blocks = new ArrayList<>();
                }
                blocks.add(new PackedBlocks.PartBlock(rs.getInt(2), new Block(BlockType.valueOf(rs.getString(3)),
                        LibraryStore.intOrNull(rs, 4), rs.getString(5), rs.getString(6),
                        LibraryStore.rows(rs.getString(7)), LibraryStore.intOrNull(rs, 8))));
            }
            if (current != null) {
                add(insert, current, blocks);
                notices++;
            }
            insert.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE blocks");
        }
        progress.upgrading(total, total);
        LOG.info("Packed the texts of {} notices in {} ms", notices, (System.nanoTime() - started) / 1_000_000);
    }

    private static void add(PreparedStatement insert, String noticeId, List<PackedBlocks.PartBlock> blocks)
            throws SQLException {
        insert.setString(1, noticeId);
        insert.setBytes(2, PackedBlocks.pack(blocks));
        insert.addBatch();
    }
}
