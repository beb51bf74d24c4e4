// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library on real SQLite files and a real Lucene index. */
class LibraryTest {
    @TempDir
    Path dir;

    private Path sample() {
        return Samples.copy(Samples.SAMPLE, Files.exists(dir.resolve("in")) ? dir.resolve("in") : mkdir("in"));
    }

    private Path mkdir(String name) {
        try {
            return Files.createDirectories(dir.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ImportSummary importAll(Library library, Path... files) {
        return library.importPaths(List.of(files), ImportListener.NONE, () -> false);
    }

    /** The library at {@code lib}, opened with the sample imported; the caller closes it. */
    @Test
    void aNewLibraryIsNotReportedAsRecovered(@org.junit.jupiter.api.io.TempDir Path dir) {
        // Its index does not exist yet, and there is nothing in it to lose: no recovery note, no warning.
        try (Library library = Library.open(dir.resolve("新公报库"))) {
            assertThat(library.recovered()).isEmpty();
            assertThat(library.check().ok()).isTrue();
            assertThat(library.check().recovered()).isEmpty();
        }
    }

    private Library openWithTheSample(Path lib) {
        Library library = Library.open(lib);
        try {
            importAll(library, sample());
            return library;
        } catch (RuntimeException | Error e) {
            library.close();
            throw e;
        }
    }

    /** Bookmarks the sample's intellectual-property plan (吕政发〔2023〕2号) at {@code at}; returns the notice's id. */
    private static String bookmarkThePlan(Library library, Anchor at, String label) {
        String id = library.find("吕政发〔2023〕2号").get(0).notice().id();
        library.places().addBookmark(id, at, label);
        return id;
    }

    @Test
    void importsTheSampleKeepsTheOriginalAndFindsDuplicates() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            ImportSummary s = importAll(library, sample());
            assertThat(s.count(ImportSummary.Outcome.IMPORTED)).isEqualTo(1);
            assertThat(s.notices()).isEqualTo(15);
            IssueSummary issue = library.issues().get(0);
            assertThat(issue.gazette()).isEqualTo("吕梁市人民政府公报");
            assertThat(issue.notices()).isEqualTo(15);
            Path kept = lib.resolve("sources").resolve(issue.sha256() + ".txt");
            assertThat(kept).hasSameBinaryContentAs(sample());

            ImportSummary again = importAll(library, sample());
            assertThat(again.files()).singleElement().satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(ImportSummary.Outcome.DUPLICATE);
                assertThat(f.message()).contains("吕梁市人民政府公报 2023年第1期");
            });
            assertThat(library.issues()).hasSize(1);
            assertThat(library.check().ok()).isTrue();
        }
    }

    @Test
    void importingAgainReadsAFileAlreadyInTheLibraryWithTheCurrentImporter() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = openWithTheSample(lib)) {
            bookmarkThePlan(library, new Anchor(0, 0, 0), "知识产权规划");
        }
        // An older importer left a worse reading of a block (as the table rows run together once were).
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("library.db"));
             var st = c.createStatement()) {
            String id;
            byte[] body;
            try (var rs = st.executeQuery("SELECT t.notice_id, t.body FROM notice_texts t JOIN notices n ON n.id = t.notice_id "
                    + "WHERE n.doc_number = '吕政发〔2023〕2号'")) {
                assertThat(rs.next()).isTrue();
                id = rs.getString(1);
                body = rs.getBytes(2);
            }
            List<PackedBlocks.PartBlock> blocks = new java.util.ArrayList<>(PackedBlocks.unpack(body, id));
            var first = blocks.get(0).block();
            blocks.set(0, new PackedBlocks.PartBlock(0, new org.gazettereader.model.Block(first.type(), first.level(),
                    first.number(), "旧的读法", null, first.page())));
            try (var ps = c.prepareStatement("UPDATE notice_texts SET body = ? WHERE notice_id = ?")) {
                ps.setBytes(1, PackedBlocks.pack(blocks));
                ps.setString(2, id);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        try (Library library = Library.open(lib)) {
            assertThat(library.find("吕政发〔2023〕2号").get(0).notice().blocks().get(0).text()).isEqualTo("旧的读法");
        }
        try (Library library = Library.open(lib)) {
            assertThat(importAll(library, sample()).files().get(0).outcome())
                    .isEqualTo(ImportSummary.Outcome.DUPLICATE);
            String sha = library.issues().get(0).sha256();
            // Parsed again from the library's own copy: the current reading, the name it came under, the bookmark.
            ImportSummary s = library.importPaths(List.of(lib.resolve("sources")), ImportListener.NONE, () -> false, true);
            assertThat(s.files()).singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(ImportSummary.Outcome.REPLACED));
            assertThat(library.issues()).singleElement().satisfies(i -> {
                assertThat(i.sourceName()).isEqualTo("lvliang-gazette-2023-01.txt");
                assertThat(i.sha256()).isEqualTo(sha);
            });
            assertThat(library.find("吕政发〔2023〕2号").get(0).notice().blocks().get(0).text()).contains("认真组织实施");
            assertThat(library.places().bookmarks()).singleElement().satisfies(b -> assertThat(b.label()).isEqualTo("知识产权规划"));
            assertThat(lib.resolve("sources").resolve(sha + ".txt")).hasSameBinaryContentAs(sample());
            assertThat(library.check().ok()).isTrue();
        }
    }

    @Test
    void reimportReplacesTheIssueAndKeepsBookmarks() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = openWithTheSample(lib)) {
            String id = bookmarkThePlan(library, new Anchor(1, 3, 12), "知识产权规划 · 一、");
            // A corrected edition of the same issue: same gazette, year and issue, other bytes.
            Path fixed = dir.resolve("fixed.txt");
            Files.writeString(fixed, Files.readString(sample(), StandardCharsets.UTF_8).replace("认真组织实施", "认真贯彻实施"));
            ImportSummary s = importAll(library, fixed);
            assertThat(s.files().get(0).outcome()).isEqualTo(ImportSummary.Outcome.REPLACED);
            assertThat(library.issues()).hasSize(1);
            assertThat(library.find(id)).singleElement()
                    .satisfies(n -> assertThat(n.notice().blocks().get(0).text()).contains("认真贯彻实施"));
            assertThat(library.places().bookmarks()).singleElement().satisfies(b -> {
                assertThat(b.noticeId()).isEqualTo(id);
                assertThat(b.block()).isEqualTo(3);
            });
            assertThat(library.searcher().search(SearchRequest.of("认真贯彻实施")).hits())
                    .extracting(h -> h.id()).contains(id);
            assertThat(library.searcher().search(SearchRequest.of("认真组织实施")).total()).isZero();
            assertThat(library.check().ok()).isTrue();
            // Only the new original is kept.
            try (var files = Files.list(lib.resolve("sources"))) {
                assertThat(files.count()).isEqualTo(1);
            }
        }
    }

    @Test
    void aBadFileLeavesLibraryAndIndexAsTheyWere() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = openWithTheSample(lib)) {
            long version = library.version();
            var issues = library.issues();
            int hits = library.searcher().search(SearchRequest.of("吕梁")).total();
            Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
            Path novel = Files.writeString(dir.resolve("novel.txt"), "第一章\n\n那天晚上的雨下得很大。\n");
            ImportSummary s = importAll(library, bad, novel);
            assertThat(s.files()).extracting(ImportSummary.FileOutcome::outcome)
                    .containsOnly(ImportSummary.Outcome.FAILED);
            assertThat(s.files().get(0).message()).contains("not a text file");
            assertThat(s.files().get(1).message()).contains("not a gazette issue");
            assertThat(library.version()).isEqualTo(version);
            assertThat(library.issues()).isEqualTo(issues);
            assertThat(library.searcher().search(SearchRequest.of("吕梁")).total()).isEqualTo(hits);
            try (var files = Files.list(lib.resolve("sources"))) {
                assertThat(files.count()).isEqualTo(1);
            }
            assertThat(library.check().ok()).isTrue();
        }
    }

    @Test
    void deleteRemovesTheIssueFromLibraryAndIndex() throws Exception {
        try (Library library = openWithTheSample(dir.resolve("lib"))) {
            library.deleteIssue(library.issues().get(0).id());
            assertThat(library.issues()).isEmpty();
            assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isZero();
            assertThat(library.check().ok()).isTrue();
        }
    }

    @Test
    void anIndexBehindTheDatabaseIsRebuiltAtOpenAndCheckSaysSo() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = openWithTheSample(lib)) {
        }
        // Simulate a crash between the database commit and the index commit: lose the index.
        try (var files = Files.walk(lib.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        List<Integer> progress = new java.util.ArrayList<>();
        try (Library library = Library.open(lib, (done, total, file) -> progress.add(total))) {
            assertThat(progress).isNotEmpty().containsOnly(1);
            assertThat(library.recovered()).anySatisfy(r -> assertThat(r).contains("rebuilt from the database (15 notices)"));
            CheckReport report = library.check();
            assertThat(report.ok()).isTrue();
            assertThat(report.indexed()).isEqualTo(15);
            assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isPositive();
        }
    }

    @Test
    void checkReportsADamagedSourceFile() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = openWithTheSample(lib)) {
            Path kept = lib.resolve("sources").resolve(library.issues().get(0).sha256() + ".txt");
            Files.writeString(kept, "tampered");
            CheckReport report = library.check();
            assertThat(report.ok()).isFalse();
            assertThat(report.damage()).singleElement().asString().contains("does not match its SHA-256")
                    .contains("lvliang-gazette-2023-01.txt");
        }
    }

    @Test
    void searchWorksWhileAnImportRuns() throws Exception {
        Path corpus = Samples.corpus(dir.resolve("corpus"), 11, 8);
        try (Library library = Library.open(dir.resolve("lib"))) {
            var importer = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                var done = importer.submit(() -> importAll(library, corpus));
                int searches = 0;
                int lastTotal = 0;
                while (!done.isDone()) {
                    int total = library.searcher().search(SearchRequest.of("规划")).total();
                    assertThat(total).isGreaterThanOrEqualTo(lastTotal);
                    lastTotal = total;
                    library.searcher().suggest("zs", 5);
                    searches++;
                }
                assertThat(done.get().count(ImportSummary.Outcome.IMPORTED)).isEqualTo(8);
                assertThat(searches).isPositive();
                assertThat(library.searcher().search(SearchRequest.of("规划")).total()).isGreaterThanOrEqualTo(lastTotal);
                assertThat(library.check().ok()).isTrue();
            } finally {
                importer.shutdownNow();
            }
        }
    }

    @Test
    void cancellationStopsBetweenIssues() throws Exception {
        Path corpus = Samples.corpus(dir.resolve("corpus"), 7, 4);
        try (Library library = Library.open(dir.resolve("lib"))) {
            int[] seen = {0};
            ImportSummary s = library.importPaths(List.of(corpus), (done, total, file) -> seen[0] = done, () -> seen[0] >= 2);
            assertThat(s.cancelled()).isTrue();
            assertThat(library.issues()).hasSize(2);
            assertThat(library.check().ok()).isTrue();
        }
    }
}
