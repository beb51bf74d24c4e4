// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazettereader.config.Problem;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.importing.NoticeIds;
import org.gazettereader.model.Issue;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.Notice;

/**
 * What an imported file is in the library: which earlier import it replaces (a gazette issue by
 * gazette, year and number; a single document by its 文号, or by title and signing date when it
 * has none), ids that no other issue holds, and how it is named in import messages.
 */
final class ImportKeys {
    private static final GazetteNames NAMES = GazetteNames.chinese();

    /** A parsed file: a gazette issue, or ({@code document}) a single document with one notice. */
    record Parsed(Issue issue, boolean document) {
    }

    private ImportKeys() {
    }

    /** The issue or document already in the library that {@code parsed} is a new version of. */
    static Optional<IssueSummary> previous(Connection c, Parsed parsed) throws SQLException {
        Issue i = parsed.issue();
        if (parsed.document()) {
            return i.notices().isEmpty() ? Optional.empty() : LibraryStore.documentByKey(c, i.notices().get(0));
        }
        return LibraryStore.issueByKey(c, i.gazette(), i.year(), i.issue());
    }

    /**
     * Notice ids are derived from gazette, year, issue and 文号 or title, so two issues that lack
     * their year and number can derive the same ids. An id another issue already holds is derived
     * again with this file's hash: stable for the same file, unique in the library.
     */
    static Issue withFreeIds(Connection c, Issue issue, String sha, List<Long> replaced) throws SQLException {
        Map<String, Long> taken = owners(c, issue.notices().stream().map(Notice::id).toList());
        taken.values().removeIf(replaced::contains);
        if (taken.isEmpty()) {
            return issue;
        }
        List<Notice> notices = new ArrayList<>();
        for (Notice n : issue.notices()) {
            if (taken.containsKey(n.id())) {
                String id = NoticeIds.id(issue.gazette() + "|" + sha, issue.year(), issue.issue(), n.docNumber(),
                        n.title() + "|" + n.seq());
                n = new Notice(n.seq(), id, n.section(), n.title(), n.docNumber(), n.type(), n.issuer(), n.recipients(),
                        n.signed(), n.tocPage(), n.isPublic(), n.consult(), n.blocks(), n.attachments());
            }
            notices.add(n);
        }
        return new Issue(issue.gazette(), issue.publisher(), issue.year(), issue.issue(), issue.totalIssue(),
                issue.published(), issue.sections(), notices, issue.warnings());
    }

    /** Which of {@code ids} are in the library already, with the issue that holds each. */
    private static Map<String, Long> owners(Connection c, List<String> ids) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT issue_id FROM notices WHERE id = ?")) {
            for (String id : Set.copyOf(ids)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(id, rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    /** "吕梁市人民政府公报 2023年第1期", or "单篇文件《title》" for a document. */
    static Problem describe(IssueSummary s) {
        if (s.document()) {
            return Problem.of("import.document", NAMES.documents(), s.title());
        }
        return Problem.of("import.issue", s.gazette(), unknown(s.year()), unknown(s.issue()));
    }

    /** A newly imported issue or document, with its number of notices. */
    static Problem describe(Issue i, boolean document) {
        if (document) {
            Notice n = i.notices().get(0);
            return n.docNumber() == null ? Problem.of("import.document", NAMES.documents(), n.title())
                    : Problem.of("import.documentNumbered", NAMES.documents(), n.title(), n.docNumber());
        }
        return Problem.of("import.issueWithNotices", i.gazette(), unknown(i.year()), unknown(i.issue()), i.notices().size());
    }

    private static String unknown(Integer v) {
        return v == null ? "?" : v.toString();
    }
}
