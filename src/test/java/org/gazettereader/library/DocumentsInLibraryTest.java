// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single documents in a real library: which import is a new document, which replaces one, which is
 * a duplicate; and a library written before documents existed (schema 2) opens, read-only and for
 * writing, and takes documents.
 */
class DocumentsInLibraryTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String LAW_TITLE = "中华人民共和国公共阅览服务法";

    @TempDir
    Path dir;

    private static String fixture(String name, Charset cs) throws Exception {
        return Files.readString(Path.of("src/test/resources/fixtures", name), cs);
    }

    private static ImportSummary importAll(Library lib, Path... paths) {
        return lib.importPaths(List.of(paths), ImportListener.NONE, () -> false);
    }

    private static List<LibraryNotice> documents(Library lib) {
        return lib.issues().stream().filter(IssueSummary::document).flatMap(i -> lib.notices(i.id()).stream()).toList();
    }

    @Test
    void twoVersionsOfALawWithoutDocNumberAreTwoDocumentsAndACorrectedCopyReplacesItsVersion() throws Exception {
        String law = fixture("law-public-reading-gbk.txt", GBK);
        String amended = law.replace("（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）",
                "（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过　"
                        + "2024年4月26日第十四届全国人民代表大会常务委员会第九次会议修正）");
        assertThat(amended).isNotEqualTo(law);
        Path v1 = Files.write(dir.resolve("law-2021.txt"), law.getBytes(GBK));
        Path v2 = Files.write(dir.resolve("law-2024.txt"), amended.getBytes(GBK));
        try (Library lib = Library.open(dir.resolve("lib"))) {
            assertThat(importAll(lib, v1, v2).count(ImportSummary.Outcome.IMPORTED)).isEqualTo(2);
            List<LibraryNotice> docs = documents(lib);
            assertThat(docs).hasSize(2).allSatisfy(d -> {
                assertThat(d.notice().title()).isEqualTo(LAW_TITLE);
                assertThat(d.notice().docNumber()).isNull();
                assertThat(d.document()).isTrue();
                assertThat(d.gazette()).isNull();
            });
            // Both carry the date of first adoption: the adoption note (修正 added) tells them apart.
            assertThat(docs.get(0).notice().signed()).isEqualTo(docs.get(1).notice().signed());
            assertThat(docs.get(0).notice().id()).isNotEqualTo(docs.get(1).notice().id());
            assertThat(lib.searcher().search(SearchRequest.of("公共阅览服务法")).hits()).hasSize(2);

            // The same file again: a duplicate by its hash.
            ImportSummary again = importAll(lib, v1);
            assertThat(again.count(ImportSummary.Outcome.DUPLICATE)).isEqualTo(1);
            assertThat(again.files().get(0).message()).startsWith("same file as 单篇文件《" + LAW_TITLE + "》");

            // A corrected copy of the 2021 version (same title, no 文号, same date and note): replaces it, keeps
            // its id and the bookmarks on it.
            String id2021 = docs.stream().filter(d -> !d.bodyText().contains("修正")).findFirst().orElseThrow()
                    .notice().id();
            lib.places().addBookmark(id2021, new Anchor(0, 1, 0), "第一条");
            Path fixed = Files.write(dir.resolve("law-2021-fixed.txt"),
                    law.replace("制定本法。", "特制定本法。").getBytes(GBK));
            ImportSummary replaced = importAll(lib, fixed);
            assertThat(replaced.count(ImportSummary.Outcome.REPLACED)).as(replaced.files().toString()).isEqualTo(1);
            assertThat(replaced.files().get(0).message()).isEqualTo("replaces 单篇文件《" + LAW_TITLE + "》");
            assertThat(lib.issues()).hasSize(2);
            assertThat(lib.find(id2021)).singleElement().satisfies(d -> assertThat(d.bodyText()).contains("特制定本法。"));
            assertThat(lib.places().bookmarkEntries()).singleElement().satisfies(b -> {
                assertThat(b.bookmark().noticeId()).isEqualTo(id2021);
                assertThat(b.gazette()).isNull();
            });
            assertThat(lib.check().damage()).isEmpty();
        }
    }

    @Test
    void aChangedDocumentWithTheSameDocNumberReplacesTheOld() throws Exception {
        String web = fixture("web-notice-guobanfa-2023-27.txt", StandardCharsets.UTF_8);
        Path first = Files.writeString(dir.resolve("a.txt"), web);
        Path changed = Files.writeString(dir.resolve("b.txt"), web.replace("认真贯彻落实", "认真贯彻执行"));
        try (Library lib = Library.open(dir.resolve("lib"))) {
            importAll(lib, Samples.copy(Samples.SAMPLE, dir), first);
            String id = documents(lib).get(0).notice().id();
            ImportSummary s = importAll(lib, changed);
            assertThat(s.count(ImportSummary.Outcome.REPLACED)).isEqualTo(1);
            assertThat(lib.issues()).hasSize(2);
            assertThat(documents(lib)).singleElement().satisfies(d -> {
                assertThat(d.notice().id()).isEqualTo(id);
                assertThat(d.bodyText()).contains("认真贯彻执行");
            });
            assertThat(lib.searcher().search(SearchRequest.of("国办发〔2023〕27号")).total()).isEqualTo(1);
            assertThat(lib.searcher().search(SearchRequest.of("吕政发〔2023〕2号")).hits().get(0).document()).isFalse();
        }
    }

    @Test
    void anIssueWithoutAGazetteNameIsStillRefused() throws Exception {
        String sample = LibraryNeverBreaksTest.SAMPLE_TEXT.replace("吕梁市人民政府公报", "吕梁市人民政府");
        Path file = Files.writeString(dir.resolve("nameless.txt"), sample);
        try (Library lib = Library.open(dir.resolve("lib"))) {
            ImportSummary s = importAll(lib, file);
            assertThat(s.count(ImportSummary.Outcome.FAILED)).as(s.files().toString()).isEqualTo(1);
            assertThat(s.files().get(0).message()).contains("…公报");
            assertThat(lib.issues()).isEmpty();
        }
    }

    /** A library as the previous version wrote it: migrations 001 and 002, one issue, one bookmark. */
    private Path schemaTwoLibrary() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("old"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve(Database.FILE_NAME));
                Statement s = c.createStatement()) {
            for (String file : List.of("001_init.sql", "002_journal.sql")) {
                try (var in = Database.class.getResourceAsStream(Database.MIGRATIONS + file)) {
                    for (String stmt : Database.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(stmt);
                    }
                }
            }
            s.execute("PRAGMA user_version = 2");
            s.execute("INSERT INTO gazettes(id, name) VALUES (1, '吕梁市人民政府公报')");
            s.execute("""
                    INSERT INTO issues(id, gazette_id, year, issue, total_issue, sections, warnings, source_name, source_path,
                                       source_sha256, source_size, imported_at)
                    VALUES (1, 1, 2023, 1, 22, '[]', '[]', 'old.txt', 'sources/old.txt', '%s', 3, '2026-01-01T00:00:00Z')"""
                    .formatted(KeptCopies.sha256("old".getBytes(StandardCharsets.UTF_8))));
            s.execute("INSERT INTO notices(id, issue_id, seq, title, doc_number) VALUES ('nold', 1, 1, '吕梁市人民政府关于旧事的通知', '吕政发〔2023〕1号')");
            s.execute("INSERT INTO blocks(notice_id, part, ord, type, text) VALUES ('nold', 0, 0, 'PARAGRAPH', '旧的正文。')");
            s.execute("INSERT INTO bookmarks(notice_id, label, created_at) VALUES ('nold', '旧书签', '2026-01-01')");
        }
        Files.createDirectories(lib.resolve("sources"));
        Files.writeString(lib.resolve("sources/old.txt"), "old");
        return lib;
    }

    @Test
    void aLibraryOfThePreviousVersionOpensReadOnlyAndThenMigratesAndTakesDocuments() throws Exception {
        Path old = schemaTwoLibrary();
        try (Library ro = Library.openReadOnly(old)) {
            assertThat(ro.issues()).singleElement().satisfies(i -> {
                assertThat(i.document()).isFalse();
                assertThat(i.gazette()).isEqualTo("吕梁市人民政府公报");
            });
            assertThat(ro.find("nold")).singleElement().satisfies(n -> {
                assertThat(n.document()).isFalse();
                assertThat(n.notice().blocks()).extracting(org.gazettereader.model.Block::text).containsExactly("旧的正文。");
            });
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(Database.FILE_NAME));
                Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).as("a read-only open migrates nothing").isEqualTo(2);
        }
        Path law = Files.copy(Path.of("src/test/resources/fixtures/law-public-reading-gbk.txt"), dir.resolve("law.txt"));
        List<String> upgrade = new java.util.ArrayList<>();
        ImportListener seen = new ImportListener() {
            @Override
            public void progress(int done, int total, Path file) {
            }

            @Override
            public void upgrading(int done, int total) {
                upgrade.add(done + "/" + total);
            }
        };
        try (Library lib = Library.open(old, seen)) {
            assertThat(upgrade).as("the storage rewrite reports its start and its end").containsExactly("0/1", "1/1");
            assertThat(lib.issues()).singleElement().satisfies(i -> assertThat(i.document()).isFalse());
            // Migration 004 packed the paragraph rows into one value a notice and dropped the rows.
            assertThat(lib.find("nold").get(0).notice().blocks()).extracting(org.gazettereader.model.Block::text)
                    .containsExactly("旧的正文。");
            assertThat(lib.searcher().search(SearchRequest.of("旧的正文")).hits()).isNotEmpty();
            assertThat(lib.places().bookmarkEntries()).singleElement()
                    .satisfies(b -> assertThat(b.gazette()).isEqualTo("吕梁市人民政府公报"));
            assertThat(importAll(lib, law).count(ImportSummary.Outcome.IMPORTED)).isEqualTo(1);
            assertThat(lib.issues()).extracting(IssueSummary::document).containsExactly(false, true);
            assertThat(lib.searcher().search(SearchRequest.of("旧事")).total()).isEqualTo(1);
            assertThat(lib.searcher().search(SearchRequest.of("公共阅览服务法")).hits())
                    .singleElement().satisfies(h -> assertThat(h.document()).isTrue());
            CheckReport r = lib.check();
            assertThat(r.damage()).isEmpty();
            assertThat(r.issues()).isEqualTo(1);
            assertThat(r.documents()).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(Database.FILE_NAME));
                Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Database.MIGRATION_FILES.size());
        }
    }

    @Test
    void aProcessThatMigratesWhileAnotherOpensLeavesTheOtherNothingToDo() throws Exception {
        Path old = schemaTwoLibrary();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(Database.FILE_NAME));
                Statement s = other.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("BEGIN IMMEDIATE");
            var opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (Database db = Database.open(old)) {
                    return db.read(c -> LibraryStore.issues(c).size());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500); // the opener has read version 2 and waits for the write lock
            try (var in = Database.class.getResourceAsStream(Database.MIGRATIONS + "003_documents.sql")) {
                for (String stmt : Database.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    s.execute(stmt);
                }
            }
            s.execute("PRAGMA user_version = 3");
            s.execute("COMMIT");
            assertThat(opened.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
        }
    }
}
