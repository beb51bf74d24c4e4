// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.gazettereader.importing.Samples;
import org.gazettereader.library.CheckReport;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibraryException;
import org.gazettereader.library.LibrarySwap;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.SearchHit;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles written from real libraries, verified, refused and installed into real folders. */
class BundleTest {
    @TempDir
    static Path shared;
    static Path source;
    static Path signedBundle;
    static BundleKeys.SigningKey key;

    @TempDir
    Path dir;

    @BeforeAll
    static void sourceLibrary() throws IOException {
        source = Fixtures.library(shared.resolve("source"), shared, 7, 3, true);
        try (Library l = Library.open(source)) {
            l.places().addBookmark(Fixtures.firstNotice(l).notice().id(), new Anchor(0, 1, 0), "at the source");
        }
        key = BundleKeys.generate(shared.resolve("keys/signing"));
        try (Library l = Library.openExisting(source, ImportListener.NONE)) {
            signedBundle = BundleWriter.create(l, shared.resolve("out/all.gzb"),
                    new BundleWriter.Options(null, null, true, Optional.of(key)), BundleListener.NONE, () -> false).file();
        }
    }

    @Test
    void createVerifyInstallKeepsEveryIssueAndNoticeAndSearchButNoBookmarks() throws IOException {
        BundleVerifier.Verified v = BundleVerifier.verify(signedBundle, Optional.of(key.publicKey()));
        assertThat(v.trusted()).isTrue();
        assertThat(v.manifest().issues()).hasSize(4);
        Path target = dir.resolve("terminal");
        BundleInstaller.Installed r = BundleInstaller.install(signedBundle, target, Optional.of(key.publicKey()), BundleListener.NONE);
        assertThat(r.added()).isEqualTo(4);

        assertThat(Fixtures.contents(target)).isEqualTo(Fixtures.contents(source)).hasSize(4);
        try (Library src = Library.openExisting(source, ImportListener.NONE); Library dst = Library.openExisting(target,
                ImportListener.NONE)) {
            for (String q : List.of("吕梁市人民政府", "通知", "吕政办发〔2022〕61号")) {
                // The same hits; their order may differ a little, as the source's index still counts the
                // words of notices that re-imports replaced, and the bundle's index was built afresh.
                var a = src.searcher().search(SearchRequest.of(q).withLimit(1000));
                var b = dst.searcher().search(SearchRequest.of(q).withLimit(1000));
                assertThat(b.total()).as(q).isPositive().isEqualTo(a.total());
                assertThat(b.hits().stream().map(SearchHit::id).sorted().toList()).as(q)
                        .isEqualTo(a.hits().stream().map(SearchHit::id).sorted().toList());
            }
            assertThat(src.places().bookmarks()).hasSize(1);
            assertThat(dst.places().bookmarks()).as("bookmarks belong to the source's readers").isEmpty();
            CheckReport check = dst.check();
            assertThat(check.damage()).isEmpty();
            assertThat(check.indexed()).isEqualTo(check.notices()).isEqualTo(v.manifest().notices());
            assertThat(dst.recovered()).as("the index came in line with the database: nothing to rebuild").isEmpty();
        }
        assertThat(Files.exists(LibrarySwap.previous(target))).isFalse();
        assertThat(Files.exists(LibrarySwap.incoming(target))).isFalse();
    }

    @Test
    void installReplacesAnExistingLibraryAndKeepsThePreviousOnlyWhenAsked() throws IOException {
        Path target = Fixtures.library(dir.resolve("terminal"), dir, 99, 2, false);
        Map<String, List<String>> old = Fixtures.contents(target);
        BundleInstaller.install(signedBundle, target, Optional.empty(), new BundleInstaller.Options(false, true),
                BundleListener.NONE, () -> false);
        assertThat(Fixtures.contents(target)).isEqualTo(Fixtures.contents(source));
        assertThat(Fixtures.contents(LibrarySwap.previous(target))).isEqualTo(old);

        BundleInstaller.install(signedBundle, target, Optional.empty(), BundleListener.NONE);
        assertThat(Files.exists(LibrarySwap.previous(target))).as("removed once the new library opened").isFalse();
        assertThat(Fixtures.contents(target)).isEqualTo(Fixtures.contents(source));
    }

    @Test
    void keygenWritesAnOwnerOnlyKeyAndAPublicLineThatReadsBack() throws IOException {
        Path k = shared.resolve("keys/signing");
        assertThat(Files.getPosixFilePermissions(k)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        String line = Files.readString(k.resolveSibling("signing.pub")).strip();
        assertThat(line).startsWith(BundleKeys.PREFIX).isEqualTo(key.publicLine());
        assertThat(BundleKeys.readPrivate(k).publicLine()).isEqualTo(line);
        assertThat(BundleKeys.trusted(line)).isEqualTo(key.publicKey());
        assertThatThrownBy(() -> BundleKeys.generate(k)).hasMessageContaining("exists already");
        assertThatThrownBy(() -> BundleKeys.readPrivate(k.resolveSibling("signing.pub"))).hasMessageContaining("no private key");
    }

    /** A bundle refused for {@code reason} leaves the target library's files exactly as they were. */
    private void refused(Path bundle, Optional<java.security.PublicKey> trust, String... reason) throws IOException {
        Path target = dir.resolve("terminal");
        if (!Files.exists(target)) {
            Fixtures.library(target, dir, 99, 2, false);
        }
        Map<String, String> before = Fixtures.fileHashes(target);
        assertThatThrownBy(() -> BundleVerifier.verify(bundle, trust)).isInstanceOf(BundleException.class)
                .hasMessageContainingAll(reason);
        assertThatThrownBy(() -> BundleInstaller.install(bundle, target, trust, BundleListener.NONE))
                .isInstanceOf(BundleException.class).hasMessageContainingAll(reason);
        assertThat(Fixtures.fileHashes(target)).isEqualTo(before);
        assertThat(Files.exists(LibrarySwap.incoming(target))).isFalse();
    }

    @Test
    void aFlippedByteIsRefusedNamingTheEntry() throws IOException {
        // Seeded bits inside the stored data of seeded entries (the zip's own bookkeeping, such as
        // timestamps, carries nothing that is installed). A flip inside deflated data can leave what
        // it inflates to unchanged (a match of zeros at distance 1 or 2 gives the same zeros): such a
        // bundle still installs exactly what was signed and must be accepted; every other must be refused.
        List<long[]> ranges = dataRanges(signedBundle);
        byte[] original = Files.readAllBytes(signedBundle);
        Map<String, String> signedContent = inflatedHashes(signedBundle);
        Random random = new Random(16);
        int changed = 0;
        for (int k = 0; changed < 6; k++) {
            assertThat(k).as("flips tried to find six that change what the bundle installs").isLessThan(200);
            Path bad = dir.resolve("flipped-" + k + ".gzb");
            byte[] bytes = original.clone();
            long[] range = ranges.get(random.nextInt(ranges.size()));
            int at = (int) (range[0] + random.nextInt((int) Math.max(1, (range[1] - range[0]) * 3 / 4)));
            bytes[at] ^= 1 << random.nextInt(8);
            Files.write(bad, bytes);
            if (signedContent.equals(inflatedHashesOrNull(bad))) {
                assertThat(BundleVerifier.verify(bad, Optional.of(key.publicKey())).trusted()).isTrue();
                continue;
            }
            changed++;
            refused(bad, Optional.of(key.publicKey()), bad.toString(), "entry");
        }
        // A byte inside the database entry: the reason names that entry.
        Path bad = dir.resolve("flipped-db.gzb");
        rewrite(signedBundle, bad, "library/library.db", data -> data[data.length / 2] ^= 1);
        refused(bad, Optional.empty(), bad.toString(), "entry library/library.db", "SHA-256");
    }

    @Test
    void aTruncatedBundleIsRefused() throws IOException {
        Path bad = dir.resolve("truncated.gzb");
        byte[] bytes = Files.readAllBytes(signedBundle);
        Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        refused(bad, Optional.empty(), bad.toString(), "incomplete");
    }

    @Test
    void aWrongKeyAndAnUnsignedBundleUnderTrustAreRefused() throws IOException {
        BundleKeys.SigningKey other = BundleKeys.generate(dir.resolve("other"));
        refused(signedBundle, Optional.of(other.publicKey()), signedBundle.toString(), "does not match the trusted key",
                "signed by another key");
        Path unsigned = dir.resolve("unsigned.gzb");
        try (Library l = Library.openExisting(source, ImportListener.NONE)) {
            BundleWriter.create(l, unsigned, new BundleWriter.Options("吕梁市人民政府公报", null, true, Optional.empty()),
                    BundleListener.NONE, () -> false);
        }
        refused(unsigned, Optional.of(key.publicKey()), unsigned.toString(), "not signed");
        assertThat(BundleVerifier.verify(unsigned, Optional.empty()).signed()).as("fine without --trust").isFalse();
    }

    @Test
    void anEntryAddedOrAManifestChangedAfterSigningIsRefused() throws IOException {
        Path extra = dir.resolve("extra.gzb");
        rewrite(signedBundle, extra, null, null);
        try (var fs = java.nio.file.FileSystems.newFileSystem(extra)) {
            Files.writeString(fs.getPath("library/sources/evil.txt"), "not in the manifest");
        }
        refused(extra, Optional.empty(), "entry library/sources/evil.txt is not in its manifest");
        Path changed = dir.resolve("changed.gzb");
        rewrite(signedBundle, changed, "manifest.json", data -> {
            // One digit of the last hash or size, whatever the layout of the text around it.
            int i = data.length - 1;
            while (data[i] < '0' || data[i] > '9') {
                i--;
            }
            data[i] = (byte) (data[i] == '0' ? '1' : '0');
        });
        refused(changed, Optional.of(key.publicKey()), "manifest.json was changed after it was signed");
    }

    @Test
    void filtersKeepOnlyThatGazetteOrYear() throws IOException {
        List<IssueSummary> all;
        try (Library l = Library.openExisting(source, ImportListener.NONE)) {
            all = l.issues();
            IssueSummary pick = all.get(1);
            Path byGazette = BundleWriter.create(l, dir.resolve("g.gzb"), new BundleWriter.Options(pick.gazette(), null, true,
                    Optional.empty()), BundleListener.NONE, () -> false).file();
            Path byYear = BundleWriter.create(l, dir.resolve("y.gzb"), new BundleWriter.Options(null, pick.year(), true,
                    Optional.empty()), BundleListener.NONE, () -> false).file();
            BundleInstaller.install(byGazette, dir.resolve("g"), Optional.empty(), BundleListener.NONE);
            BundleInstaller.install(byYear, dir.resolve("y"), Optional.empty(), BundleListener.NONE);
            assertThatThrownBy(() -> BundleWriter.create(l, dir.resolve("none.gzb"), new BundleWriter.Options("无此公报", null,
                    true, Optional.empty()), BundleListener.NONE, () -> false)).hasMessageContaining("No issue")
                    .hasMessageContaining("无此公报");
            assertThat(dir.resolve("none.gzb")).doesNotExist();
            try (Library g = Library.openExisting(dir.resolve("g"), ImportListener.NONE);
                    Library y = Library.openExisting(dir.resolve("y"), ImportListener.NONE)) {
                assertThat(g.issues()).isNotEmpty().allMatch(i -> i.gazette().equals(pick.gazette()));
                assertThat(g.issues()).hasSize((int) all.stream().filter(i -> pick.gazette().equals(i.gazette())).count());
                assertThat(y.issues()).isNotEmpty().allMatch(i -> pick.year().equals(i.year()));
                assertThat(y.issues()).hasSize((int) all.stream().filter(i -> pick.year().equals(i.year())).count());
                assertThat(g.check().ok()).isTrue();
                assertThat(y.check().indexed()).isEqualTo(y.check().notices());
            }
        }
    }

    @Test
    void mergeAddsNewIssuesSkipsDuplicatesAndKeepsBookmarks() throws IOException {
        Path target = Fixtures.library(dir.resolve("office"), dir, 7, 2, false); // the first two issues of the source too
        Fixtures.importOne(target, dir, 123, 6); // and one of its own (another city than the source's)
        long mark;
        String marked;
        try (Library l = Library.open(target)) {
            marked = Fixtures.firstNotice(l).notice().id();
            mark = l.places().addBookmark(marked, new Anchor(0, 2, 3), "mine");
        }
        BundleInstaller.Installed r = BundleInstaller.install(signedBundle, target, Optional.of(key.publicKey()),
                new BundleInstaller.Options(true, false), BundleListener.NONE, () -> false);
        assertThat(r.merged()).isTrue();
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.failed()).isEmpty();
        try (Library l = Library.openExisting(target, ImportListener.NONE)) {
            assertThat(l.issues()).hasSize(5);
            assertThat(l.places().bookmarks()).singleElement().satisfies(b -> {
                assertThat(b.id()).isEqualTo(mark);
                assertThat(b.noticeId()).isEqualTo(marked);
            });
            assertThat(l.check().damage()).isEmpty();
            Set<String> names = new java.util.HashSet<>(l.issues().stream().map(IssueSummary::sourceName).toList());
            try (Library s = Library.openExisting(source, ImportListener.NONE)) {
                assertThat(names).as("the names the originals were imported under").containsAll(
                        s.issues().stream().map(IssueSummary::sourceName).toList());
            }
        }
        assertThat(Files.exists(target.resolveSibling("office.merge"))).isFalse();
    }

    @Test
    void aBundleWithoutOriginalsInstallsAndPassesCheckButCannotBeMerged() throws IOException {
        Path lean = dir.resolve("lean.gzb");
        try (Library l = Library.openExisting(source, ImportListener.NONE)) {
            BundleWriter.Created c = BundleWriter.create(l, lean, new BundleWriter.Options(null, null, false, Optional.empty()),
                    BundleListener.NONE, () -> false);
            assertThat(c.manifest().originalFiles()).isZero();
            assertThat(c.bytes()).isLessThan(Files.size(signedBundle));
        }
        Path target = dir.resolve("terminal");
        BundleInstaller.install(lean, target, Optional.empty(), BundleListener.NONE);
        try (Library l = Library.openExisting(target, ImportListener.NONE)) {
            CheckReport r = l.check();
            assertThat(r.damage()).isEmpty();
            assertThat(r.notes()).anyMatch(n -> n.contains("4 kept originals are not in this library"));
        }
        assertThatThrownBy(() -> BundleInstaller.install(lean, dir.resolve("office"), Optional.empty(),
                new BundleInstaller.Options(true, false), BundleListener.NONE, () -> false))
                .hasMessageContaining("without the kept originals");
    }

    @Test
    void aLibraryOpenDuringTheInstallKnowsItWasReplacedAndWritesNothing() throws IOException {
        Path target = Fixtures.library(dir.resolve("terminal"), dir, 99, 2, false);
        try (Library window = Library.open(target)) {
            assertThat(window.replacedOnDisk()).isFalse();
            BundleInstaller.install(signedBundle, target, Optional.empty(), BundleListener.NONE);
            assertThat(window.replacedOnDisk()).isTrue();
            assertThatThrownBy(() -> window.deleteIssue(window.issues().get(0).id())).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("was replaced");
        }
        assertThat(Fixtures.contents(target)).isEqualTo(Fixtures.contents(source));
    }

    @Test
    void aCancelledCreateLeavesNothing() throws IOException {
        Path out = Files.createDirectories(dir.resolve("c")).resolve("cancelled.gzb");
        try (Library l = Library.openExisting(source, ImportListener.NONE)) {
            assertThatThrownBy(() -> BundleWriter.create(l, out, BundleWriter.Options.all(), BundleListener.NONE, () -> true))
                    .hasMessageContaining("cancelled");
        }
        assertThat(dir.resolve("c").toFile().list()).isEmpty();
    }

    @Test
    void aBundleCreatedWhileAWriterImportsIsConsistent() throws Exception {
        Path lib = Fixtures.library(dir.resolve("busy"), dir, 41, 1, false);
        Path more = Samples.corpus(Files.createDirectories(dir.resolve("more")), 42, 4);
        Thread writer = new Thread(() -> {
            try (Library w = Library.open(lib)) {
                w.importPaths(List.of(more), ImportListener.NONE, () -> false);
            }
        }, "test-writer");
        List<Path> bundles = new ArrayList<>();
        try (Library reader = Library.openExisting(lib, ImportListener.NONE)) {
            writer.start();
            for (int k = 0; k < 3; k++) {
                bundles.add(BundleWriter.create(reader, dir.resolve("busy-" + k + ".gzb"), BundleWriter.Options.all(),
                        BundleListener.NONE, () -> false).file());
            }
        }
        writer.join(60_000);
        for (Path b : bundles) {
            Path target = dir.resolve("from-" + b.getFileName());
            BundleInstaller.Installed r = BundleInstaller.install(b, target, Optional.empty(), BundleListener.NONE);
            try (Library l = Library.openExisting(target, ImportListener.NONE)) {
                CheckReport check = l.check();
                assertThat(check.damage()).as(b.toString()).isEmpty();
                assertThat(l.issues()).hasSize(r.manifest().issues().size()).hasSizeBetween(1, 5);
                assertThat(check.indexed()).isEqualTo(check.notices()).isEqualTo(r.manifest().notices());
            }
        }
    }

    @Test
    void anInstallRefusedAfterVerifyingLeavesNoFolderBehind() throws IOException {
        Path target = dir.resolve("new-terminal");
        Path newer = dir.resolve("newer.gzb");
        // A bundle that verifies but cannot be installed here: its library's database is not a database.
        try (var out = new ZipOutputStream(Files.newOutputStream(newer))) {
            byte[] junk = "not a database".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.putNextEntry(new ZipEntry("library/library.db"));
            out.write(junk);
            out.closeEntry();
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(junk));
            Manifest m = new Manifest(1, "2026-01-01T00:00:00Z", "test", 3, 5, 1, null, null, false, null, List.of(),
                    List.of(new Manifest.Entry("library/library.db", junk.length, sha)));
            out.putNextEntry(new ZipEntry(Manifest.NAME));
            out.write(m.toJson());
            out.closeEntry();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        assertThat(BundleVerifier.verify(newer, Optional.empty()).manifest().entries()).hasSize(1);
        assertThatThrownBy(() -> BundleInstaller.install(newer, target, Optional.empty(), BundleListener.NONE))
                .isInstanceOf(BundleException.class).hasMessageContaining(newer.toString());
        assertThat(target).doesNotExist();
        assertThat(LibrarySwap.incoming(target)).doesNotExist();
    }

    /** Where each entry's stored (compressed) bytes lie in a zip that ZipOutputStream wrote: [start, end). */
    /** SHA-256 of every entry as it inflates, read by the JDK's own zip reader, not the verifier. */
    private static Map<String, String> inflatedHashes(Path zip) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (var in = z.getInputStream(e)) {
                    out.put(e.getName(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                } catch (java.security.NoSuchAlgorithmException x) {
                    throw new IllegalStateException(x);
                }
            }
        }
        return out;
    }

    private static Map<String, String> inflatedHashesOrNull(Path zip) {
        try {
            return inflatedHashes(zip);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<long[]> dataRanges(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        List<long[]> out = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            long offset = 0;
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                assertThat(buf.getInt((int) offset)).as("local header of %s", e.getName()).isEqualTo(0x04034b50);
                int nameLength = Short.toUnsignedInt(buf.getShort((int) offset + 26));
                int extraLength = Short.toUnsignedInt(buf.getShort((int) offset + 28));
                long start = offset + 30 + nameLength + extraLength;
                long end = start + e.getCompressedSize();
                if (e.getCompressedSize() > 16) {
                    out.add(new long[] {start, end});
                }
                offset = end + 16; // the data descriptor after each entry
            }
        }
        return out;
    }

    /** Copies a zip entry by entry, changing the bytes of {@code entry} with {@code change}. */
    private static void rewrite(Path from, Path to, String entry, java.util.function.Consumer<byte[]> change) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW);
                ZipOutputStream out = new ZipOutputStream(os)) {
            List<? extends ZipEntry> entries = new ArrayList<>(java.util.Collections.list(in.entries()));
            for (ZipEntry e : entries) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    change.accept(data);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }
}
