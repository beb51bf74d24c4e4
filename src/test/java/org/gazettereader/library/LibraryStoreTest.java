// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Issue;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's SQL on a real SQLite file: what goes in comes back whole, and deleting an issue takes all of it. */
class LibraryStoreTest {
    @TempDir
    Path dir;

    private static final Issue SAMPLE = Samples.parseSample().issue();

    private static Issue withoutYearAndNumber(Issue i) {
        return new Issue(i.gazette(), i.publisher(), null, null, null, null, i.sections(), i.notices(), i.warnings());
    }

    @Test
    void anIssueComesBackWholeAndIsFoundByHashAndKey() throws Exception {
        try (Database db = Database.open(dir)) {
            long id = db.transaction(c -> LibraryStore.insertIssue(c, SAMPLE,
                    new LibraryStore.Source("sample.txt", "sources/abc.txt", "abc", 123)));
            List<IssueSummary> issues = db.read(LibraryStore::issues);
            assertThat(issues).singleElement().satisfies(s -> {
                assertThat(s.gazette()).isEqualTo("吕梁市人民政府公报");
                assertThat(s.year()).isEqualTo(2023);
                assertThat(s.notices()).isEqualTo(15);
                assertThat(s.sourceName()).isEqualTo("sample.txt");
            });
            Optional<IssueSummary> bySha = db.read(c -> LibraryStore.issueBySha(c, "abc"));
            Optional<IssueSummary> byKey = db.read(c -> LibraryStore.issueByKey(c, "吕梁市人民政府公报", 2023, 1));
            Optional<IssueSummary> other = db.read(c -> LibraryStore.issueByKey(c, "吕梁市人民政府公报", 2023, 2));
            assertThat(bySha.map(IssueSummary::id)).contains(id);
            assertThat(byKey.map(IssueSummary::id)).contains(id);
            assertThat(other).isEmpty();
            List<LibraryNotice> back = db.read(c -> NoticeReads.notices(c, id));
            assertThat(back).hasSize(15);
            for (int k = 0; k < 15; k++) {
                assertThat(back.get(k).notice()).as("notice %d", k + 1).isEqualTo(SAMPLE.notices().get(k));
            }
            List<LibraryStore.KeptSource> kept = db.read(LibraryStore::sources);
            assertThat(kept).containsExactly(new LibraryStore.KeptSource("sources/abc.txt", "abc",
                    "sample.txt"));
        }
    }

    @Test
    void issuesWithoutYearAndNumberAreNeverTheSameIssueByKey() throws Exception {
        try (Database db = Database.open(dir)) {
            Issue first = withoutYearAndNumber(SAMPLE);
            long id = db.transaction(c -> LibraryStore.insertIssue(c, new Issue(first.gazette(), null, null, null, null, null,
                    List.of(), first.notices().subList(0, 1), List.of()), new LibraryStore.Source("a.txt", "sources/a.txt", "a", 1)));
            Optional<IssueSummary> byKey = db.read(c -> LibraryStore.issueByKey(c, first.gazette(), null, null));
            assertThat(byKey).isEmpty();
            List<LibraryNotice> back = db.read(c -> NoticeReads.notices(c, id));
            assertThat(back).hasSize(1);
        }
    }

    @Test
    void deletingAnIssueTakesItsNoticesBlocksAndAttachmentsAndTheVersionMoves() throws Exception {
        try (Database db = Database.open(dir)) {
            long id = db.transaction(c -> LibraryStore.insertIssue(c, SAMPLE,
                    new LibraryStore.Source("sample.txt", "sources/abc.txt", "abc", 123)));
            long v0 = db.read(LibraryStore::libraryVersion);
            int packed = db.read(c -> count(c, "notice_texts"));
            assertThat(packed).isEqualTo(SAMPLE.notices().size());
            long v1 = db.transaction(c -> {
                LibraryStore.deleteIssue(c, id);
                return LibraryStore.bumpVersion(c);
            });
            assertThat(v1).isEqualTo(v0 + 1);
            List<String> ids = db.read(LibraryStore::noticeIds);
            assertThat(ids).isEmpty();
            int left = db.read(c -> count(c, "notice_texts") + count(c, "attachments"));
            assertThat(left).isZero();
            List<IssueSummary> issues = db.read(LibraryStore::issues);
            assertThat(issues).isEmpty();
        }
    }

    @Test
    void thePassageIsTheFirstBlockHoldingAWordElseTheFirstBlock() throws Exception {
        try (Database db = Database.open(dir)) {
            db.transaction(c -> LibraryStore.insertIssue(c, SAMPLE, new LibraryStore.Source("s", "sources/s.txt", "s", 1)));
            String id = SAMPLE.notices().get(1).id();
            String found = db.read(c -> NoticeReads.passage(c, id, List.of("没有这个词", "知识产权")));
            String first = db.read(c -> NoticeReads.passage(c, id, List.of("没有这个词")));
            assertThat(found).contains("知识产权");
            assertThat(first).isNotBlank();
        }
    }

    private static int count(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
