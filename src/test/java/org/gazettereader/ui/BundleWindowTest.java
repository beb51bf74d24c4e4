// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.bundle.BundleVerifier;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.Samples;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › 导出公报库包 and File › 安装公报库包 in the real window, through the real dialogs (only the
 * system's file dialogs are answered by the test): a signed export, an issue added afterwards, the
 * bundle installed back in place of the library (the window shows the library of the bundle), and
 * a damaged bundle and a bundle under another trusted key refused with one message, the library as it was.
 */
class BundleWindowTest extends RunningApp {
    @TempDir
    Path work;

    /** The answers of the file dialogs, in the order they are asked. */
    private final Deque<Path> saves = new ArrayDeque<>();
    private final Deque<Path> opens = new ArrayDeque<>();
    private final Deque<Path> keys = new ArrayDeque<>();

    private void answerFileDialogs() {
        BundleController c = (BundleController) robot.lookup("#shell").query().getProperties().get(BundleController.KEY);
        c.setFiles(new BundleFiles() {
            @Override
            public Optional<Path> saveBundle(String suggested) {
                assertThat(suggested).matches("公报库-\\d{4}-\\d{2}-\\d{2}\\.gzb");
                return Optional.ofNullable(saves.poll());
            }

            @Override
            public Optional<Path> openBundle() {
                return Optional.ofNullable(opens.poll());
            }

            @Override
            public Optional<Path> signingKey() {
                return Optional.ofNullable(keys.poll());
            }
        });
    }

    private int issuesShown() {
        return tree().getRoot().getChildren().size();
    }

    private Path library() {
        return home.resolve("library");
    }

    private DialogPane waitForDialog(String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    /** The result or refusal: its text, and the message closed as a person would. */
    private String message() throws Exception {
        DialogPane pane = waitForDialog("bundle-message");
        String text = pane.getContentText();
        robot.interact(() -> pane.getScene().getWindow().hide());
        backToTheWindow();
        return text;
    }

    private void install(Path bundle, String trust, boolean replace) throws Exception {
        opens.add(bundle);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        waitForDialog("bundle-install-dialog");
        TextField field = robot.lookup("#bundle-trust").queryAs(TextField.class);
        robot.interact(() -> field.setText(trust));
        robot.clickOn(replace ? "#bundle-replace" : "#bundle-merge");
        robot.clickOn("#bundle-ok");
        if (replace) {
            waitForDialog("bundle-confirm");
            robot.clickOn("#bundle-confirm-ok");
        }
    }

    private Path export(Path out, Path key) throws Exception {
        saves.add(out);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitForDialog("bundle-export-dialog");
        if (key != null) {
            keys.add(key);
            robot.clickOn("#bundle-key-choose");
        }
        robot.clickOn("#bundle-ok");
        return out;
    }

    @Test
    void exportSignedThenInstallBackReplacesTheLibraryTheWindowShows() throws Exception {
        answerFileDialogs();
        BundleKeys.SigningKey key = BundleKeys.generate(work.resolve("keys/terminals"));
        assertThat(issuesShown()).isEqualTo(1);

        Path gzb = export(work.resolve("usb/公报库"), work.resolve("keys/terminals"));
        assertThat(message()).startsWith("已导出并签名：").contains("公报库.gzb").contains("1 期");
        Path written = work.resolve("usb/公报库.gzb");
        assertThat(written).isRegularFile();
        assertThat(gzb.resolveSibling("公报库.gzb")).isEqualTo(written);
        BundleVerifier.Verified v = BundleVerifier.verify(written, Optional.of(key.publicKey()));
        assertThat(v.trusted()).isTrue();
        assertThat(v.manifest().issues()).hasSize(1);

        // Meanwhile another issue reaches the library (another program imports it): the window shows two.
        var g = Samples.generator().issue(7, 3);
        Path file = Files.createDirectories(work.resolve("in")).resolve(CorpusGenerator.fileName(3));
        Files.write(file, g.bytes());
        try (Library other = Library.open(library())) {
            ImportSummary s = other.importPaths(List.of(file), ImportListener.NONE, () -> false);
            assertThat(s.count(ImportSummary.Outcome.IMPORTED)).isEqualTo(1);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> issuesShown() == 2);

        install(written, key.publicLine(), true);
        assertThat(message()).isEqualTo("已安装公报库包：1 期，15 篇公文。");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> issuesShown() == 1);
        assertThat(Files.exists(library().resolveSibling("library.previous"))).as("the old library is removed").isFalse();
        // The key line is remembered for the next install; merging the same bundle again adds nothing.
        opens.add(written);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        waitForDialog("bundle-install-dialog");
        assertThat(robot.lookup("#bundle-trust").queryAs(TextField.class).getText()).isEqualTo(key.publicLine());
        robot.clickOn("#bundle-merge");
        robot.clickOn("#bundle-ok");
        assertThat(message()).isEqualTo("已合并：新增或更新 0 期，已有 1 期跳过，失败 0 期。");
        assertThat(issuesShown()).isEqualTo(1);
        // Still readable: the notice of the installed library opens.
        openIssue();
        clickRow("吕政函〔2023〕6号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("便民经营点"));
    }

    @Test
    void aBundleOfAnotherKeyOrDamagedIsRefusedWithOneMessageAndTheLibraryStaysAsItWas() throws Exception {
        answerFileDialogs();
        BundleKeys.SigningKey signer = BundleKeys.generate(work.resolve("signer"));
        BundleKeys.SigningKey trusted = BundleKeys.generate(work.resolve("trusted"));
        Path gzb = export(work.resolve("lib.gzb"), work.resolve("signer"));
        assertThat(message()).startsWith("已导出并签名：");
        Map<String, String> before = KioskApp.hashes(library());
        before.keySet().removeIf(p -> p.endsWith(".lock") || p.endsWith("-wal") || p.endsWith("-shm"));

        install(gzb, trusted.publicLine(), true);
        assertThat(message()).isEqualTo("公报库包 " + gzb + " 不是用受信任的密钥签名的（签名来自另一把密钥），未做任何改动。");
        // A key that refused the bundle is not offered again at the next install.
        opens.add(gzb);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        DialogPane again = waitForDialog("bundle-install-dialog");
        assertThat(robot.lookup("#bundle-trust").queryAs(TextField.class).getText()).isEmpty();
        robot.interact(() -> again.getScene().getWindow().hide());
        backToTheWindow();

        byte[] bytes = Files.readAllBytes(gzb);
        bytes[bytes.length / 3] ^= 0x20;
        Path damaged = Files.write(work.resolve("damaged.gzb"), bytes);
        install(damaged, signer.publicLine(), false);
        assertThat(message()).startsWith("公报库包 " + damaged + " 已损坏或被改动").endsWith("未做任何改动。");

        // An export into the library folder itself is refused before anything is written.
        saves.add(library().resolve("inside.gzb"));
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        assertThat(message()).contains("在要打包的公报库文件夹").contains(library().toString());

        Map<String, String> after = KioskApp.hashes(library());
        after.keySet().removeIf(p -> p.endsWith(".lock") || p.endsWith("-wal") || p.endsWith("-shm"));
        assertThat(after).isEqualTo(before);
        assertThat(issuesShown()).isEqualTo(1);
        assertThat(signer.publicLine()).isNotEqualTo(trusted.publicLine());
    }
}
