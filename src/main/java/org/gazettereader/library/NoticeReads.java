// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.Consult;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;

/** The SQL that reads notices back whole (head, blocks, attachments) and the passages snippets come from. */
final class NoticeReads {
    private NoticeReads() {
    }

    /** Every notice of one issue (or of all issues when {@code issueId} is null), complete with blocks. */
    static List<LibraryNotice> notices(Connection c, Long issueId) throws SQLException {
        return notices(c, issueId == null ? null : "issue_id", issueId);
    }

    /** The notices whose {@code column} (issue_id, id or doc_number: never user input) is {@code value}. */
    static List<LibraryNotice> notices(Connection c, String column, Object value) throws SQLException {
        if (column != null && !List.of("issue_id", "id", "doc_number").contains(column)) {
            throw new IllegalArgumentException("not a notice key: " + column);
        }
        Object[] params = column == null ? new Object[0] : new Object[] {value};
        String where = column == null ? "" : " WHERE n." + column + " = ?";
        String ofNotices = column == null ? "" : " WHERE notice_id IN (SELECT id FROM notices WHERE " + column + " = ?)";
        Map<String, NoticeRow> rows = new LinkedHashMap<>();
        Rows.each(c, """
                SELECT n.id, n.issue_id, g.name, i.year, i.issue, n.seq, n.section, n.title, n.doc_number, n.type,
                       n.issuer, n.recipients, n.signed, n.toc_page, n.public, n.consult_unit, n.consult_phone, i.kind
                FROM notices n JOIN issues i ON i.id = n.issue_id JOIN gazettes g ON g.id = i.gazette_id""" + where
                + " ORDER BY n.issue_id, n.seq", rs -> rows.put(rs.getString(1), new NoticeRow(rs)), params);
        if (packed(c)) {
            Rows.each(c, "SELECT notice_id, body FROM notice_texts" + ofNotices, rs -> {
                NoticeRow row = rows.get(rs.getString(1));
                if (row != null) {
                    for (PackedBlocks.PartBlock pb : PackedBlocks.unpack(rs.getBytes(2), row.id)) {
                        row.block(pb.part(), pb.block());
                    }
                }
            }, params);
        } else {
            // A library of schema 4 or older opened read-only (never migrated): a row a block.
            Rows.each(c, "SELECT notice_id, part, type, level, number, text, rows, page FROM blocks" + ofNotices
                    + " ORDER BY notice_id, part, ord", rs -> {
                NoticeRow row = rows.get(rs.getString(1));
                if (row != null) {
                    row.block(rs.getInt(2), new Block(BlockType.valueOf(rs.getString(3)), LibraryStore.intOrNull(rs, 4),
                            rs.getString(5), rs.getString(6), LibraryStore.rows(rs.getString(7)),
                            LibraryStore.intOrNull(rs, 8)));
                }
            }, params);
        }
        String attachments = "SELECT notice_id, part, label, title FROM attachments" + ofNotices + " ORDER BY notice_id, part";
        Rows.each(c, attachments, rs -> {
            NoticeRow row = rows.get(rs.getString(1));
            if (row != null) {
                row.attachment(rs.getInt(2), rs.getString(3), rs.getString(4));
            }
        }, params);
        List<LibraryNotice> out = new ArrayList<>(rows.size());
        for (NoticeRow r : rows.values()) {
            out.add(r.toLibraryNotice());
        }
        return out;
    }

    /** The first block of a notice holding one of {@code words} (in the order of the words), else its first block. */
    static String passage(Connection c, String noticeId, List<String> words) throws SQLException {
        if (packed(c)) {
            List<String> found = new ArrayList<>(1);
            Rows.each(c, "SELECT body FROM notice_texts WHERE notice_id = ?",
                    rs -> found.add(PackedBlocks.passage(rs.getBytes(1), noticeId, words)), noticeId);
            return found.isEmpty() ? null : found.get(0);
        }
        List<String> texts = texts(c, noticeId);
        for (String w : words) {
            if (w.isBlank()) {
                continue;
            }
            for (String t : texts) {
                if (t.contains(w)) {
                    return t;
                }
            }
        }
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** The texts of a notice's blocks, body first, then each attachment's. */
    private static List<String> texts(Connection c, String noticeId) throws SQLException {
        List<String> out = new ArrayList<>();
        if (packed(c)) {
            Rows.each(c, "SELECT body FROM notice_texts WHERE notice_id = ?", rs -> {
                for (PackedBlocks.PartBlock pb : PackedBlocks.unpack(rs.getBytes(1), noticeId)) {
                    out.add(pb.block().text());
                }
            }, noticeId);
        } else {
            Rows.each(c, "SELECT text FROM blocks WHERE notice_id = ? ORDER BY part, ord", rs -> out.add(rs.getString(1)),
                    noticeId);
        }
        return out;
    }

    /** Whether the library keeps a notice's blocks packed in one value (migration 005). */
    static boolean packed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notice_texts'");
                ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static final class NoticeRow {
        final String id;
        final long issueId;
        final String gazette;
        final Integer year;
        final Integer issue;
        final boolean document;
        final Notice head;
        final List<Block> blocks = new ArrayList<>();
        final Map<Integer, List<Block>> attachmentBlocks = new LinkedHashMap<>();
        final Map<Integer, String[]> attachments = new LinkedHashMap<>();

        NoticeRow(ResultSet rs) throws SQLException {
            id = rs.getString(1);
            issueId = rs.getLong(2);
            document = LibraryStore.DOCUMENT.equals(rs.getString(18));
            gazette = document ? null : rs.getString(3);
            year = LibraryStore.intOrNull(rs, 4);
            issue = LibraryStore.intOrNull(rs, 5);
            Integer pub = LibraryStore.intOrNull(rs, 15);
            String unit = rs.getString(16);
            String phone = rs.getString(17);
            head = new Notice(rs.getInt(6), id, rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), rs.getString(12), LibraryStore.date(rs.getString(13)), LibraryStore.intOrNull(rs, 14),
                    pub == null ? null : pub == 1, unit == null && phone == null ? null : new Consult(unit, phone),
                    List.of(), List.of());
        }

        void block(int part, Block b) {
            if (part == 0) {
                blocks.add(b);
            } else {
                attachmentBlocks.computeIfAbsent(part, k -> new ArrayList<>()).add(b);
            }
        }

        void attachment(int part, String label, String title) {
            attachments.put(part, new String[] {label, title});
        }

        LibraryNotice toLibraryNotice() {
            List<Attachment> atts = new ArrayList<>();
            for (var e : attachments.entrySet()) {
                atts.add(new Attachment(e.getValue()[0], e.getValue()[1],
                        attachmentBlocks.getOrDefault(e.getKey(), List.of())));
            }
            Notice n = new Notice(head.seq(), id, head.section(), head.title(), head.docNumber(), head.type(),
                    head.issuer(), head.recipients(), head.signed(), head.tocPage(), head.isPublic(), head.consult(),
                    blocks, atts);
            return new LibraryNotice(issueId, gazette, year, issue, n, document);
        }
    }
}
