// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which library folder holds a path: by its database, or named by the caller; links followed, ".." resolved. */
class LibraryFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aPathIsInsideTheFolderThatHoldsALibraryDatabase() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("馆藏").resolve("lib"));
        Files.writeString(lib.resolve(Database.FILE_NAME), "");
        Path real = lib.toRealPath();
        assertThat(LibraryFolders.holding(lib.resolve("library.db"))).contains(real);
        assertThat(LibraryFolders.holding(lib.resolve("sources").resolve("new").resolve("x.pdf"))).contains(real);
        assertThat(LibraryFolders.holding(lib.resolve("..").resolve("beside.pdf"))).isEmpty();
        assertThat(LibraryFolders.holding(dir.resolve("lib.pdf"))).isEmpty();
        assertThat(LibraryFolders.holding(dir.resolve("lib-other").resolve("x.pdf"))).as("a name that only starts alike")
                .isEmpty();
    }

    @Test
    void aLibraryNotYetCreatedIsInsideWhenNamed() {
        Path planned = dir.resolve("planned");
        assertThat(LibraryFolders.holding(planned.resolve("x.pdf"))).isEmpty();
        assertThat(LibraryFolders.holding(planned.resolve("x.pdf"), List.of(planned))).isPresent();
        assertThat(LibraryFolders.isInside(planned.resolve("a").resolve("b.pdf"), planned)).isTrue();
        assertThat(LibraryFolders.isInside(dir.resolve("b.pdf"), planned)).isFalse();
    }

    @Test
    void linksToALibraryOrIntoItAreFollowed() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve(Database.FILE_NAME), "");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path folderLink = Files.createSymbolicLink(out.resolve("shortcut"), lib);
        Path fileLink = Files.createSymbolicLink(out.resolve("a.pdf"), lib.resolve(Database.FILE_NAME));
        Path dangling = Files.createSymbolicLink(out.resolve("b.pdf"), lib.resolve("not-yet.pdf"));
        for (Path p : List.of(folderLink.resolve("x.pdf"), fileLink, dangling, folderLink)) {
            assertThat(LibraryFolders.holding(p)).as(p.toString()).contains(lib.toRealPath());
        }
        assertThat(LibraryFolders.holding(out.resolve("c.pdf"))).isEmpty();
    }
}
