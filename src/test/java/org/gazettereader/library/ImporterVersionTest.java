// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.importing.ImporterVersion;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer version recorded per issue (migration 004), and what an upgrade does with it: a
 * library written by the previous release (no version recorded) or by an older importer
 * has the kept originals of those issues parsed again, each replacing its issue, with bookmarks and
 * reading places kept; issues the current importer parsed are left alone.
 */
class ImporterVersionTest {
    /** The sample's 吕政发〔2023〕2号 notice, as the current importer files it. */
    private static final String DOC_NUMBER = "吕政发〔2023〕2号";
    /** A notice of the sample the older importer is made to have missed. */
    private static final String MISSED = "吕政函〔2023〕3号";

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        return Files.write(dir.resolve("lvliang-gazette-2023-01.txt"), Libraries.sampleBytes());
    }

    private Path law() throws Exception {
        return Files.copy(Path.of("src/test/resources/fixtures/law-public-reading-gbk.txt"), dir.resolve("law.txt"));
    }

    private static ImportSummary importAll(Library lib, Path... paths) {
        return lib.importPaths(List.of(paths), ImportListener.NONE, () -> false);
    }

    private static void sql(Path library, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.resolve(Database.FILE_NAME));
                Statement s = c.createStatement()) {
            for (String stmt : statements) {
                s.execute(stmt);
            }
        }
    }

    private static List<Integer> versions(Path library) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.resolve(Database.FILE_NAME));
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT importer_version FROM issues ORDER BY kind, id")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    /**
     * A library as an older importer left it: the sample issue with one notice's title garbled and
     * another notice missing, a bookmark and a reading place in the garbled one, a bookmark in the
     * missing one, and a law the current importer parsed. Returns the id of the garbled notice.
     */
    private String olderLibrary(Path lib, int sampleVersion) throws Exception {
        String id;
        String missed;
        try (Library l = Library.open(lib)) {
            assertThat(importAll(l, sample(), law()).count(ImportSummary.Outcome.IMPORTED)).isEqualTo(2);
            LibraryNotice n = l.find(DOC_NUMBER).get(0);
            id = n.notice().id();
            missed = l.find(MISSED).get(0).notice().id();
            l.places().addBookmark(id, new Anchor(0, 3, 2), "第三段的书签");
            l.places().savePosition(id, new Anchor(0, 2, 5));
            l.places().addBookmark(missed, new Anchor(0, 1, 0), "漏掉的那篇");
        }
        sql(lib, "PRAGMA foreign_keys = ON",
                "UPDATE issues SET importer_version = " + sampleVersion + " WHERE kind = 'issue'",
                "UPDATE notices SET title = '旧导入程序读错的标题' WHERE id = '" + id + "'",
                "DELETE FROM notices WHERE id = '" + missed + "'");
        return id;
    }

    @Test
    void everyImportRecordsTheCurrentImporterVersionAndNothingIsOutdated() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library l = Library.open(lib)) {
            importAll(l, sample(), law());
            assertThat(l.outdatedOriginals()).isEmpty();
            assertThat(l.reparseOutdated(ImportListener.NONE, () -> false).files()).isEmpty();
        }
        assertThat(versions(lib)).containsExactly(ImporterVersion.CURRENT, ImporterVersion.CURRENT);
    }

    @Test
    void issuesOfAnOlderImporterAreParsedAgainFromTheirKeptOriginalsWithBookmarksKept() throws Exception {
        Path lib = dir.resolve("lib");
        String id = olderLibrary(lib, ImporterVersion.CURRENT - 1);
        long lawIssue;
        try (Library l = Library.open(lib)) {
            lawIssue = l.issues().stream().filter(IssueSummary::document).findFirst().orElseThrow().id();
            List<Path> outdated = l.outdatedOriginals();
            assertThat(outdated).singleElement().satisfies(p -> {
                assertThat(p.getParent()).isEqualTo(lib.toAbsolutePath().normalize().resolve("sources"));
                assertThat(p).isRegularFile();
            });
            assertThat(l.find(id).get(0).notice().title()).isEqualTo("旧导入程序读错的标题");
            assertThat(l.find(MISSED)).isEmpty();

            List<Integer> progress = new ArrayList<>();
            ImportSummary s = l.reparseOutdated((done, total, file) -> progress.add(done), () -> false);

            assertThat(s.files()).singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(ImportSummary.Outcome.REPLACED));
            assertThat(progress).isNotEmpty();
            LibraryNotice again = l.find(id).get(0);
            assertThat(again.notice().title()).isNotEqualTo("旧导入程序读错的标题").contains("吕梁市人民政府");
            assertThat(l.find(DOC_NUMBER)).extracting(n -> n.notice().id()).containsExactly(id);
            assertThat(l.find(MISSED)).singleElement().satisfies(n -> assertThat(n.notice().blocks()).isNotEmpty());
            assertThat(l.places().bookmarkEntries()).hasSize(2).filteredOn(b -> b.bookmark().label().equals("漏掉的那篇"))
                    .singleElement().satisfies(b -> assertThat(b.noticeTitle()).contains("山西大学吕梁科学技术研究院"));
            assertThat(l.places().bookmarkEntries()).filteredOn(b -> b.bookmark().noticeId().equals(id)).singleElement().satisfies(b -> {
                assertThat(b.bookmark().noticeId()).isEqualTo(id);
                assertThat(b.bookmark().label()).isEqualTo("第三段的书签");
                assertThat(new Anchor(b.bookmark().part(), b.bookmark().block(), b.bookmark().offset()))
                        .isEqualTo(new Anchor(0, 3, 2));
                assertThat(b.noticeTitle()).isEqualTo(again.notice().title());
                assertThat(b.gazette()).isEqualTo("吕梁市人民政府公报");
            });
            assertThat(l.places().position(id)).contains(new Anchor(0, 2, 5));
            // The issue kept the name it was imported under, and search finds the title parsed again.
            assertThat(l.issues()).filteredOn(i -> !i.document()).singleElement()
                    .satisfies(i -> assertThat(i.sourceName()).isEqualTo("lvliang-gazette-2023-01.txt"));
            assertThat(l.searcher().search(SearchRequest.of("旧导入程序读错的标题")).total()).isZero();
            assertThat(l.searcher().search(SearchRequest.of(DOC_NUMBER)).hits().get(0).id()).isEqualTo(id);
            // The law, parsed by the current importer, was left alone.
            assertThat(l.issues()).filteredOn(IssueSummary::document).singleElement()
                    .satisfies(i -> assertThat(i.id()).isEqualTo(lawIssue));
            assertThat(l.outdatedOriginals()).isEmpty();
        }
        assertThat(versions(lib)).containsOnly(ImporterVersion.CURRENT);
    }

    @Test
    void aLibraryOfThePreviousReleaseIsMigratedAndAllItsIssuesCountAsOlder() throws Exception {
        Path lib = dir.resolve("lib");
        olderLibrary(lib, ImporterVersion.CURRENT);
        // The schema the previous release wrote: every migration but the last, no importer_version column.
        sql(lib, "ALTER TABLE issues DROP COLUMN importer_version",
                "PRAGMA user_version = " + (Database.MIGRATION_FILES.size() - 1));
        try (Library ro = Library.openReadOnly(lib)) {
            assertThat(ro.outdatedOriginals()).as("a read-only library is never changed").isEmpty();
            assertThat(ro.issues()).hasSize(2);
        }
        try (Library l = Library.open(lib)) {
            assertThat(l.outdatedOriginals()).hasSize(2);
            ImportSummary s = l.reparseOutdated(ImportListener.NONE, () -> false);
            assertThat(s.count(ImportSummary.Outcome.REPLACED)).as(s.files().toString()).isEqualTo(2);
            assertThat(l.find(MISSED)).hasSize(1);
            assertThat(l.places().bookmarkEntries()).hasSize(2);
            assertThat(l.issues()).extracting(IssueSummary::document).containsExactlyInAnyOrder(false, true);
        }
        assertThat(versions(lib)).containsOnly(ImporterVersion.CURRENT);
    }

    @Test
    void aReparseThatIsCancelledLeavesTheRestForTheNextStart() throws Exception {
        Path lib = dir.resolve("lib");
        olderLibrary(lib, ImporterVersion.CURRENT - 1);
        try (Library l = Library.open(lib)) {
            ImportSummary s = l.reparseOutdated(ImportListener.NONE, () -> true);
            assertThat(s.cancelled()).isTrue();
            assertThat(l.outdatedOriginals()).hasSize(1);
            assertThat(l.find(MISSED)).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve(Database.FILE_NAME));
                Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM bookmarks")) {
            assertThat(rs.getInt(1)).as("bookmarks stay, even in a notice not there yet").isEqualTo(2);
        }
    }
}
