// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window keeps GTK's recently used list in a private folder, never in the user's. */
class GtkRecentListTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheWindowOnLinuxWithoutAPrivateFolderYetNeedsAChild() {
        Map<String, String> none = Map.of();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[0])).isTrue();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"--library", "/srv/公报库"})).isTrue();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"--library=/srv/x", "--kiosk"})).isTrue();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"--kiosk", "--kiosk-config", "/etc/k.properties"}))
                .isTrue();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"/home/u/下载/吕梁2024.GZB"})).isTrue();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"--library", "/x", "file:///home/u/a%20b.gzb"})).isTrue();
        // Commands open no dialog and must not pay for a second JVM.
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"import", "--library", "/x", "a.txt"})).isFalse();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"--library", "/x", "list"})).isFalse();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"--version"})).isFalse();
        assertThat(GtkRecentList.needsChild("Linux", none, new String[] {"--help"})).isFalse();
        assertThat(GtkRecentList.needsChild("Linux", Map.of(GtkRecentList.MARKER, "/run/user/1000/gazette-reader/gtk-data"),
                new String[0])).as("already the window's own process").isFalse();
        assertThat(GtkRecentList.needsChild("Windows 11", none, new String[0])).isFalse();
        assertThat(GtkRecentList.needsChild("Mac OS X", none, new String[0])).isFalse();
    }

    @Test
    void theChildGetsThePrivateFolderAndKeepsTheUsersDataNextInLine() {
        Path folder = Path.of("/run/user/1000/gazette-reader/gtk-data");
        Map<String, String> env = GtkRecentList.environment(Map.of("HOME", "/home/阅览"), folder);
        assertThat(env).containsEntry("XDG_DATA_HOME", folder.toString())
                .containsEntry("XDG_DATA_DIRS", "/home/阅览/.local/share:/usr/local/share:/usr/share")
                .containsEntry(GtkRecentList.MARKER, folder.toString());
        env = GtkRecentList.environment(Map.of("HOME", "/home/u", "XDG_DATA_HOME", "/data/u", "XDG_DATA_DIRS",
                "/opt/share:/usr/share"), folder);
        assertThat(env).containsEntry("XDG_DATA_DIRS", "/data/u:/opt/share:/usr/share");
        // GLib ignores a relative XDG_DATA_HOME: so does the user's folder here.
        assertThat(GtkRecentList.userDataHome(Map.of("HOME", "/home/u", "XDG_DATA_HOME", "rel"))).isEqualTo(Path.of(
                "/home/u/.local/share"));
    }

    @Test
    void theFolderIsInTheSessionsRuntimeFolderElseInTheReadersDataFolderNeverInASharedOne() throws Exception {
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Path data = dir.resolve("data/gazette-reader");
        assertThat(GtkRecentList.folder(Map.of("XDG_RUNTIME_DIR", runtime.toString()), data))
                .isEqualTo(runtime.resolve("gazette-reader/gtk-data"));
        assertThat(GtkRecentList.folder(Map.of("XDG_RUNTIME_DIR", dir.resolve("gone").toString()), data))
                .isEqualTo(data.resolve("gtk-data"));
        assertThat(GtkRecentList.folder(Map.of("XDG_RUNTIME_DIR", "relative/run"), data)).isEqualTo(data.resolve("gtk-data"));
        Path linked = Files.createSymbolicLink(dir.resolve("run-link"), runtime);
        assertThat(GtkRecentList.folder(Map.of("XDG_RUNTIME_DIR", linked.toString()), data)).isEqualTo(data.resolve("gtk-data"));
        assertThat(GtkRecentList.folder(Map.of(), data)).isEqualTo(data.resolve("gtk-data"));
    }

    @Test
    void prepareMakesAnOwnerOnlyFolderLinksTheUsersFontsAndEmptiesTheList() throws Exception {
        Path home = dir.resolve("home");
        Path fonts = Files.createDirectories(home.resolve(".local/share/fonts"));
        Path userList = Files.writeString(home.resolve(".local/share/recently-used.xbel"), "<xbel>the user's own</xbel>");
        Path folder = dir.resolve("run/gazette-reader/gtk-data");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("recently-used.xbel"), "<xbel>file:///srv/上次的公报.txt</xbel>");
        Files.writeString(folder.resolve("recently-used.xbel.QW3ZX1"), "half written");
        // Whatever else GTK (or an earlier version) left there goes too; a link's target is never entered.
        Files.writeString(Files.createDirectories(folder.resolve("gazette-reader/logs")).resolve("a.log"), "old");
        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("keep.txt"), "keep");
        Files.createSymbolicLink(folder.resolve("stray-link"), elsewhere.getParent());
        Map<String, String> env = Map.of("HOME", home.toString());

        assertThat(GtkRecentList.prepare(folder, env)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(Files.readSymbolicLink(folder.resolve("fonts"))).isEqualTo(fonts);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("fonts");
        }
        assertThat(Files.readString(userList)).as("the user's list is not touched").isEqualTo("<xbel>the user's own</xbel>");
        assertThat(Files.readString(elsewhere)).isEqualTo("keep");
        assertThat(Files.readString(fonts.getParent().resolve("recently-used.xbel"))).isEqualTo("<xbel>the user's own</xbel>");
        assertThat(GtkRecentList.prepare(folder, env)).as("again, with the link there already").isTrue();

        Path blocked = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(GtkRecentList.prepare(blocked.resolve("gtk-data"), env)).as("cannot be made: run in place").isFalse();
        Path noFonts = dir.resolve("second");
        assertThat(GtkRecentList.prepare(noFonts, Map.of("HOME", dir.resolve("nobody").toString()))).isTrue();
        assertThat(Files.exists(noFonts.resolve("fonts"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aFolderMadeALinkByAnotherUserIsRefusedAndWhatItPointsAtIsUntouched() throws Exception {
        // /tmp/gazette-reader-USER/gtk-data made in advance as a link to one of the user's folders.
        Path documents = Files.createDirectories(dir.resolve("home/Documents"));
        Files.writeString(documents.resolve("recently-used.xbel"), "kept");
        String before = PosixFilePermissions.toString(Files.getPosixFilePermissions(documents));
        Path shared = Files.createDirectories(dir.resolve("tmp/gazette-reader-someone"));
        Path folder = Files.createSymbolicLink(shared.resolve("gtk-data"), documents);
        assertThat(GtkRecentList.prepare(folder, Map.of("HOME", dir.resolve("home").toString()))).isFalse();
        assertThat(Files.readString(documents.resolve("recently-used.xbel"))).isEqualTo("kept");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(documents))).isEqualTo(before);
        // The same with the link one level up.
        Path linkedParent = Files.createSymbolicLink(dir.resolve("tmp/gazette-reader-other"), dir.resolve("home"));
        assertThat(GtkRecentList.prepare(linkedParent.resolve("Documents"), Map.of())).isFalse();
        assertThat(Files.readString(documents.resolve("recently-used.xbel"))).isEqualTo("kept");
    }

    @Test
    void theWindowRunsInAChildWithThePrivateFolderAndLeavesItEmpty() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux");
        WindowRun run = startWindow(List.of());
        assertThat(run.log()).as("the window's process ran with the private folder and the user's data folder")
                .contains("GTK's recently used list is kept in " + run.folder())
                .doesNotContain("(process " + run.pid() + ")");
        assertThat(run.folder()).isDirectory();
        assertThat(run.folder().resolve(GtkRecentList.RECENT)).doesNotExist();
        assertThat(dir.resolve("home/.local/share/recently-used.xbel")).doesNotExist();
    }

    @Test
    void withTheInstalledAppsNativeLibraryTheWindowKeepsTheFolderInItsOwnProcess() throws Exception {
        Path lib = EnvLibraryBuild.build(Files.createDirectories(dir.resolve("native")));
        WindowRun run = startWindow(List.of("-D" + InProcessEnvironment.LIBRARY + "=" + lib));
        assertThat(run.log()).as("one process: the one started")
                .contains("GTK's recently used list is kept in " + run.folder() + " (process " + run.pid() + ")");
        assertThat(run.folder()).isDirectory();
        assertThat(run.folder().resolve(GtkRecentList.RECENT)).doesNotExist();
        assertThat(dir.resolve("home/.local/share/recently-used.xbel")).doesNotExist();
    }

    private record WindowRun(Path folder, String log, long pid) {
    }

    /** The window on a fresh library as a user's desktop starts it, usable, then closed; with {@code extraJvm} options. */
    private WindowRun startWindow(List<String> extraJvm) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path runtime = Files.createDirectories(dir.resolve("run"));
        // No -Dgazette.home: the data folder is found through XDG_DATA_HOME, as on a user's desktop.
        Path gazetteHome = home.resolve(".local/share/gazette-reader");
        Path report = dir.resolve("started.txt");
        // Monocle, as the window tests run; the parent hands its JVM options to the child.
        List<String> jvm = new java.util.ArrayList<>(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dgazette.startupReport=" + report, "-Dgazette.exitAfterStartup=true"));
        jvm.addAll(extraJvm);
        MainProcess.Result r = MainProcess.run(dir, Map.of("HOME", home.toString(), "XDG_RUNTIME_DIR", runtime.toString(),
                "XDG_DATA_HOME", home.resolve(".local/share").toString()), jvm, "--library", dir.resolve("公报库").toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8).strip()).as("the window started and was usable").isNotEmpty();
        String log;
        try (Stream<Path> logs = Files.walk(gazetteHome.resolve("logs"))) {
            log = logs.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        return new WindowRun(runtime.resolve("gazette-reader/gtk-data"), log, r.pid());
    }
}
