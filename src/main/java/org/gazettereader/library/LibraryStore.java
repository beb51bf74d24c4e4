// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import org.gazettereader.json.Json;
import org.gazettereader.json.JsonException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gazettereader.importing.ImporterVersion;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.DocNumber;
import org.gazettereader.model.Issue;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.Notice;

/** The SQL of the library: every statement binds its parameters, nothing is concatenated. */
final class LibraryStore {
    /** The {@code issues.kind} of a single document (migration 003); a gazette issue's is "issue". */
    static final String DOCUMENT = "document";
    /** The reserved gazette row that single documents are filed under (migration 003). */
    private static final long NO_GAZETTE = 0;

    /** Where the original file of an issue is kept. */
    record Source(String name, String relativePath, String sha256, long size) {
    }

    private LibraryStore() {
    }

    static long libraryVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'library_version'");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
    }

    static long bumpVersion(Connection c) throws SQLException {
        long next = libraryVersion(c) + 1;
        try (PreparedStatement ps = c.prepareStatement("UPDATE meta SET value = ? WHERE key = 'library_version'")) {
            ps.setString(1, Long.toString(next));
            ps.executeUpdate();
        }
        return next;
    }

    /** The hashes of every issue's source file. */
    static Set<String> sourceShas(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source_sha256 FROM issues"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static Optional<IssueSummary> issueBySha(Connection c, String sha) throws SQLException {
        return issues(c, "WHERE i.source_sha256 = ?", sha).stream().findFirst();
    }

    static Optional<IssueSummary> issueByKey(Connection c, String gazette, Integer year, Integer issue) throws SQLException {
        if (year == null || issue == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT i.id FROM issues i JOIN gazettes g ON g.id = i.gazette_id
                WHERE g.name = ? AND i.year = ? AND i.issue = ? AND i.kind = 'issue'""")) {
            ps.setString(1, gazette);
            ps.setInt(2, year);
            ps.setInt(3, issue);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                return issues(c, "WHERE i.id = ?", id).stream().findFirst();
            }
        }
    }

    static boolean hasNoIssues(Connection c) throws SQLException {
        return Rows.list(c, "SELECT 1 FROM issues LIMIT 1", rs -> 1).isEmpty();
    }

    static List<IssueSummary> issues(Connection c) throws SQLException {
        return issues(c, "", null);
    }

    private static List<IssueSummary> issues(Connection c, String where, Object arg) throws SQLException {
        // Single documents sit under the reserved gazette row (migration 003): they have no gazette.
        String sql = """
                SELECT i.id, g.name, i.year, i.issue, i.total_issue, i.published, i.source_name, i.source_sha256,
                       (SELECT COUNT(*) FROM notices n WHERE n.issue_id = i.id), i.kind,
                       (SELECT n.title FROM notices n WHERE n.issue_id = i.id ORDER BY n.seq LIMIT 1)
                FROM issues i JOIN gazettes g ON g.id = i.gazette_id
                """ + where + " ORDER BY i.kind DESC, g.name, i.year, i.issue, i.id";
        return Rows.list(c, sql, rs -> {
            boolean document = DOCUMENT.equals(rs.getString(10));
            return new IssueSummary(rs.getLong(1), document ? null : rs.getString(2), intOrNull(rs, 3), intOrNull(rs, 4),
                    intOrNull(rs, 5), date(rs.getString(6)), rs.getInt(9), rs.getString(7), rs.getString(8), document,
                    document ? rs.getString(11) : null);
        }, arg == null ? new Object[0] : new Object[] {arg});
    }

    /**
     * The single document {@code notice} is a version of: the one whose notice has its id. A
     * document's id is derived from what identifies it (its 文号, or its title, date and adoption
     * note: see {@code NoticeIds.document}), so the id is the key.
     */
    static Optional<IssueSummary> documentByKey(Connection c, Notice notice) throws SQLException {
        List<Long> ids = Rows.list(c, """
                SELECT i.id FROM issues i JOIN notices n ON n.issue_id = i.id
                WHERE i.kind = 'document' AND n.id = ? ORDER BY i.id LIMIT 1""", rs -> rs.getLong(1), notice.id());
        return ids.isEmpty() ? Optional.empty() : issues(c, "WHERE i.id = ?", ids.get(0)).stream().findFirst();
    }

    /** The kept originals (relative to the library folder) of issues an importer older than {@code version} parsed. */
    static List<String> sourcesParsedBefore(Connection c, int version) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_path FROM issues WHERE importer_version < ? ORDER BY id")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static String sourcePath(Connection c, long issueId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT source_path FROM issues WHERE id = ?")) {
            ps.setLong(1, issueId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The kept original of an issue: where it lies (relative to the library), its hash and its imported name. */
    record KeptSource(String path, String sha256, String name) {
    }

    static List<KeptSource> sources(Connection c) throws SQLException {
        return Rows.list(c, "SELECT source_path, source_sha256, source_name FROM issues ORDER BY id",
                rs -> new KeptSource(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    static void deleteIssue(Connection c, long issueId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM issues WHERE id = ?")) {
            ps.setLong(1, issueId);
            ps.executeUpdate();
        }
    }

    /** Inserts the gazette issue with its notices; returns the new issue id. */
    static long insertIssue(Connection c, Issue issue, Source source) throws SQLException {
        return insertIssue(c, issue, source, false);
    }

    /**
     * Inserts the issue with its notices, or, when {@code document}, the single document (under the
     * reserved gazette row, whatever its gazette field says); returns the new issue id.
     */
    static long insertIssue(Connection c, Issue issue, Source source, boolean document) throws SQLException {
        long gazetteId = document ? NO_GAZETTE : gazetteId(c, issue.gazette());
        long issueId;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO issues(gazette_id, year, issue, total_issue, published, publisher, sections, warnings,
                                   source_name, source_path, source_sha256, source_size, imported_at, kind, importer_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, gazetteId);
            setInt(ps, 2, issue.year());
            setInt(ps, 3, issue.issue());
            setInt(ps, 4, issue.totalIssue());
            ps.setString(5, issue.published() == null ? null : issue.published().toString());
            ps.setString(6, issue.publisher());
            ps.setString(7, json(issue.sections()));
            ps.setString(8, json(issue.warnings()));
            ps.setString(9, source.name());
            ps.setString(10, source.relativePath());
            ps.setString(11, source.sha256());
            ps.setLong(12, source.size());
            ps.setString(13, Instant.now().toString());
            ps.setString(14, document ? DOCUMENT : "issue");
            ps.setInt(15, ImporterVersion.CURRENT);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                issueId = keys.getLong(1);
            }
        }
        try (PreparedStatement n = c.prepareStatement("""
                INSERT INTO notices(id, issue_id, seq, section, title, doc_number, doc_agency, doc_year, doc_serial, type,
                                    issuer, recipients, signed, toc_page, public, consult_unit, consult_phone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement a = c.prepareStatement(
                        "INSERT INTO attachments(notice_id, part, label, title) VALUES (?, ?, ?, ?)");
                PreparedStatement b = c.prepareStatement("INSERT INTO notice_texts(notice_id, body) VALUES (?, ?)")) {
            for (Notice notice : issue.notices()) {
                n.setString(1, notice.id());
                n.setLong(2, issueId);
                n.setInt(3, notice.seq());
                n.setString(4, notice.section());
                n.setString(5, notice.title());
                n.setString(6, notice.docNumber());
                Optional<DocNumber> dn = DocNumber.parse(notice.docNumber());
                n.setString(7, dn.map(DocNumber::agency).orElse(null));
                setInt(n, 8, dn.map(DocNumber::year).orElse(null));
                setInt(n, 9, dn.map(DocNumber::serial).orElse(null));
                n.setString(10, notice.type());
                n.setString(11, notice.issuer());
                n.setString(12, notice.recipients());
                n.setString(13, notice.signed() == null ? null : notice.signed().toString());
                setInt(n, 14, notice.tocPage());
                if (notice.isPublic() == null) {
                    n.setNull(15, Types.INTEGER);
                } else {
                    n.setInt(15, notice.isPublic() ? 1 : 0);
                }
                n.setString(16, notice.consult() == null ? null : notice.consult().unit());
                n.setString(17, notice.consult() == null ? null : notice.consult().phone());
                n.addBatch();
                List<PackedBlocks.PartBlock> blocks = new ArrayList<>();
                addBlocks(blocks, 0, notice.blocks());
                int part = 1;
                for (Attachment att : notice.attachments()) {
                    a.setString(1, notice.id());
                    a.setInt(2, part);
                    a.setString(3, att.label());
                    a.setString(4, att.title());
                    a.addBatch();
                    addBlocks(blocks, part, att.blocks());
                    part++;
                }
                b.setString(1, notice.id());
                b.setBytes(2, PackedBlocks.pack(blocks));
                b.addBatch();
            }
            n.executeBatch();
            a.executeBatch();
            b.executeBatch();
        }
        return issueId;
    }

    private static void addBlocks(List<PackedBlocks.PartBlock> out, int part, List<Block> blocks) {
        for (Block block : blocks) {
            out.add(new PackedBlocks.PartBlock(part, block));
        }
    }

    static void log(Connection c, String file, String sha, String outcome, String message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_log(at, file, sha256, outcome, message) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, Instant.now().toString());
            ps.setString(2, file);
            ps.setString(3, sha);
            ps.setString(4, outcome);
            ps.setString(5, message);
            ps.executeUpdate();
        }
    }

    private static long gazetteId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO gazettes(name) VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM gazettes WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<Long> issueIds(Connection c) throws SQLException {
        return Rows.list(c, "SELECT id FROM issues ORDER BY id", rs -> rs.getLong(1));
    }

    static List<String> noticeIds(Connection c) throws SQLException {
        return Rows.list(c, "SELECT id FROM notices", rs -> rs.getString(1));
    }

    static Integer intOrNull(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static void setInt(PreparedStatement ps, int col, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(col, Types.INTEGER);
        } else {
            ps.setInt(col, v);
        }
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** Lists of strings are kept as JSON arrays (the sections and warnings of an issue). */
    private static String json(List<String> strings) {
        Json a = Json.array();
        strings.forEach(a::add);
        return a.compact();
    }

    static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            Json v = Json.parse(json);
            return v.isNull() ? null : stringArray(v);
        } catch (JsonException e) {
            throw new LibraryException("Damaged JSON in the library: " + e.getMessage(), e);
        }
    }

    /** A table's rows: an array of arrays of strings (or nulls), or null. */
    static List<List<String>> rows(String json) {
        if (json == null) {
            return null;
        }
        try {
            Json v = Json.parse(json);
            if (v.isNull()) {
                return null;
            }
            expectArray(v);
            List<List<String>> out = new ArrayList<>(v.size());
            for (Json row : v) {
                out.add(row.isNull() ? null : stringArray(row));
            }
            return out;
        } catch (JsonException e) {
            throw new LibraryException("Damaged table rows in the library: " + e.getMessage(), e);
        }
    }

    /** An array of strings and nulls, nothing else. */
    private static List<String> stringArray(Json v) throws JsonException {
        expectArray(v);
        List<String> out = new ArrayList<>(v.size());
        for (Json e : v) {
            if (e.isNull()) {
                out.add(null);
            } else if (e.isTextual()) {
                out.add(e.asText());
            } else {
                throw new JsonException("expected a string, found " + e.compact());
            }
        }
        return out;
    }

    private static void expectArray(Json v) throws JsonException {
        if (!v.isArray()) {
            throw new JsonException("expected an array, found " + v.compact());
        }
    }
}
