// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gazettereader.library.CheckReport;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibrarySwap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM installs a bundle over a library and halts (as a kill would: no finally blocks, no
 * shutdown hooks) at each of the install's steps in turn. After each, the library opens as the old
 * one (killed before the swap was decided) or the new one (after), never a mix, and check passes.
 */
class BundleKillTest {
    /** Each step, and whether the new library must be in place after a kill there. */
    private static final List<Map.Entry<String, Boolean>> STEPS = List.of(
            Map.entry("install-verified", false), Map.entry("install-locked", false), Map.entry("install-unpacking", false),
            Map.entry("install-unpacked", false), Map.entry("install-checked", false),
            Map.entry("swap-marker-created", false), Map.entry("swap-marker-ready", true), Map.entry("swap-old-moved", true),
            Map.entry("swap-new-moved", true), Map.entry("swap-new-opened", true), Map.entry("swap-marker-done", true),
            Map.entry("swap-deleting", true), Map.entry("swap-previous-removed", true));

    /** Steps after which the next install is run too (the rest only need the open and the check). */
    private static final java.util.Set<String> AGAIN = java.util.Set.of("install-unpacking", "swap-marker-created",
            "swap-new-moved");

    @TempDir
    Path dir;

    @Test
    void aKillAtAnyStepLeavesTheOldOrTheNewLibraryAndCheckPasses() throws Exception {
        Path newLib = Fixtures.library(dir.resolve("new"), dir, 31, 2, false);
        Path bundle = dir.resolve("new.gzb");
        try (Library l = Library.openExisting(newLib, ImportListener.NONE)) {
            BundleWriter.create(l, bundle, BundleWriter.Options.all(), BundleListener.NONE, () -> false);
        }
        Path oldTemplate = Fixtures.library(dir.resolve("old"), dir, 32, 1, false);
        Map<String, List<String>> oldContents = Fixtures.contents(oldTemplate);
        Map<String, List<String>> newContents = Fixtures.contents(newLib);
        assertThat(oldContents).isNotEqualTo(newContents);

        // Start every child at once (two cores): each works on its own copy of the old library.
        List<Process> children = new ArrayList<>();
        List<Path> libs = new ArrayList<>();
        for (int k = 0; k < STEPS.size(); k++) {
            Path lib = dir.resolve("terminal-" + k).resolve("library");
            copyTree(oldTemplate, lib);
            libs.add(lib);
        }
        for (int k = 0; k < STEPS.size(); k++) {
            children.add(InstallChild.start(bundle, libs.get(k), STEPS.get(k).getKey()));
            if (children.size() >= 3) {
                children.get(children.size() - 3).waitFor(60, TimeUnit.SECONDS);
            }
        }
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < STEPS.size(); k++) {
            String step = STEPS.get(k).getKey();
            Process child = children.get(k);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(step).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as("%s: the child halted there (%s)", step, output).isEqualTo(LibrarySwap.CRASHED);

            Path lib = libs.get(k);
            boolean expectNew = STEPS.get(k).getValue();
            try (Library l = Library.open(lib)) {
                CheckReport r = l.check();
                assertThat(r.damage()).as(step).isEmpty();
                assertThat(r.indexed()).as(step).isEqualTo(r.notices());
                seen.add(step + " -> " + (expectNew ? "new" : "old") + "; recovered: " + r.recovered());
            }
            assertThat(Fixtures.contents(lib)).as(step).isEqualTo(expectNew ? newContents : oldContents);
            assertThat(Files.exists(lib.resolveSibling("library.swap"))).as(step + ": marker").isFalse();
            assertThat(Files.exists(LibrarySwap.previous(lib))).as(step + ": previous removed").isFalse();
            if (AGAIN.contains(step)) {
                // The next install clears what the killed one left (an unpacked copy before the swap).
                BundleInstaller.install(bundle, lib, Optional.empty(), BundleListener.NONE);
                assertThat(Fixtures.contents(lib)).as(step + ": installed again").isEqualTo(newContents);
                assertThat(Files.exists(LibrarySwap.incoming(lib))).isFalse();
            }
        }
        System.out.println("after each kill:\n  " + String.join("\n  ", seen));
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
