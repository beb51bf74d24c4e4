// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gazettereader.config.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kiosk.properties: every key read, defaults for what is left out, one clear message for a bad value. */
class KioskConfigTest {
    @TempDir
    Path dir;

    private Path write(String... lines) throws Exception {
        return Files.write(dir.resolve("kiosk.properties"), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void theSystemFileIsWhereEachOsKeepsMachineWideSettings() {
        assertThat(KioskConfig.systemFile(Map.of("os.name", "Linux")::get, Map.of()))
                .isEqualTo(Path.of("/etc/gazette-reader/kiosk.properties"));
        assertThat(KioskConfig.systemFile(Map.of("os.name", "Mac OS X")::get, Map.of()))
                .isEqualTo(Path.of("/Library/Application Support/GazetteReader/kiosk.properties"));
        assertThat(KioskConfig.systemFile(Map.of("os.name", "Windows 11")::get, Map.of("ProgramData", "D:\\PD")))
                .isEqualTo(Path.of("D:\\PD", "GazetteReader", "kiosk.properties"));
    }

    @Test
    void everyKeyIsRead() throws Exception {
        Path lib = dir.resolve("公报库");
        Path pdfs = dir.resolve("pdf");
        String hash = PinHash.create("2468".toCharArray(), 1000).encoded();
        Path f = write("# 阅览室 2 号机", "kiosk = true", "library=" + lib, "terminal.name=吕梁市档案馆 阅览室 2 号机",
                "idle.seconds=90", "idle.warning.seconds=25", "print.allowed=FALSE", "print.pages.per.session=10",
                "print.pages.per.day=200", "pdf.save.allowed=true", "pdf.folder=" + pdfs, "text.scale=1.5",
                "theme=High-Contrast", "language=en", "admin.pin.hash=" + hash, "watch.folder=" + dir.resolve("usb"));
        KioskSettings s = KioskConfig.load(f);
        assertThat(s).isEqualTo(new KioskSettings(true, Optional.of(lib), "吕梁市档案馆 阅览室 2 号机", 90, 25, false, 10, 200,
                true, Optional.of(pdfs), 1.5, Optional.of("HIGH_CONTRAST"), Optional.of("en"), Optional.of(hash),
                Optional.of(dir.resolve("usb"))));
        assertThat(KioskConfig.describe(s)).containsEntry("theme", "high-contrast").containsEntry("admin.pin.hash", "set")
                .containsEntry("text.scale", "1.5").containsOnlyKeys(KioskConfig.KEYS);
    }

    @Test
    void whatIsLeftOutOrEmptyIsTheDefault() throws Exception {
        assertThat(KioskConfig.load(write("# nothing set yet", "library=", "theme=  "))).isEqualTo(KioskSettings.off());
        assertThat(KioskConfig.load(write("kiosk=true"))).isEqualTo(KioskSettings.defaults(true));
    }

    @Test
    void theFlagTurnsKioskOnWhateverTheFileSaysAndNoFileMeansDefaults() throws Exception {
        Path none = dir.resolve("etc").resolve("kiosk.properties");
        assertThat(KioskConfig.resolve(Optional.empty(), false, none))
                .isEqualTo(new KioskConfig.Loaded(KioskSettings.off(), Optional.empty()));
        assertThat(KioskConfig.resolve(Optional.empty(), true, none).settings()).isEqualTo(KioskSettings.defaults(true));
        Path f = write("kiosk=false", "idle.seconds=300");
        KioskConfig.Loaded fromSystem = KioskConfig.resolve(Optional.empty(), true, f);
        assertThat(fromSystem.settings().enabled()).isTrue();
        assertThat(fromSystem.settings().idleSeconds()).isEqualTo(300);
        assertThat(fromSystem.file()).contains(f);
        assertThat(KioskConfig.resolve(Optional.of(f), false, none).settings().enabled()).isFalse();
        assertThatThrownBy(() -> KioskConfig.resolve(Optional.of(none), false, f)).isInstanceOf(KioskException.class)
                .hasMessage("There is no kiosk configuration " + none.toAbsolutePath());
    }

    private void refused(String line, String message) throws Exception {
        Path f = write("kiosk=true", line);
        assertThatThrownBy(() -> KioskConfig.load(f)).as(line).isInstanceOf(KioskException.class)
                .hasMessage("The kiosk configuration " + f + " has a bad value for " + message);
    }

    @Test
    void aBadValueNamesTheFileTheKeyAndTheValue() throws Exception {
        refused("idle.seconds=two minutes", "idle.seconds: \"two minutes\" (write a whole number from 1 to 86400)");
        refused("idle.seconds=0", "idle.seconds: \"0\" (write a whole number from 1 to 86400)");
        refused("idle.warning.seconds=10", "idle.warning.seconds: \"10\" (write a whole number from 20 to 600)");
        refused("print.allowed=yes", "print.allowed: \"yes\" (write true or false)");
        refused("print.pages.per.day=-1", "print.pages.per.day: \"-1\" (write a whole number from 0 to 100000)");
        refused("text.scale=1,5", "text.scale: \"1,5\" (write a number from 0.5 to 4.0, such as 1.25)");
        refused("text.scale=NaN", "text.scale: \"NaN\" (write a number from 0.5 to 4.0, such as 1.25)");
        refused("theme=blue", "theme: \"blue\" (write light, dark or high-contrast)");
        refused("language=fr", "language: \"fr\" (write zh or en)");
        refused("library=relative/lib", "library: \"relative/lib\" (write an absolute path)");
        refused("admin.pin.hash=1234", "admin.pin.hash: \"1234\" (not a PIN hash written by \"kiosk set-pin\"; set the PIN again)");
        refused("idle.secs=60", "idle.secs: \"60\" (no such key; see the README, section \"Public terminal\")");
        refused("pdf.save.allowed=true", "pdf.folder: \"\" (a folder for PDFs is needed when pdf.save.allowed is true)");
    }

    @Test
    void aPdfFolderInsideTheLibraryIsRefused() throws Exception {
        Path lib = dir.resolve("lib");
        Path f = write("library=" + lib, "pdf.save.allowed=true", "pdf.folder=" + lib.resolve("exports"));
        assertThatThrownBy(() -> KioskConfig.load(f)).isInstanceOf(KioskException.class)
                .hasMessageEndingWith("(it is inside the library folder " + lib + ")");
    }

    @Test
    void theMessageIsInTheWindowsLanguageToo() throws Exception {
        Path f = write("print.allowed=是");
        KioskException e = org.junit.jupiter.api.Assertions.assertThrows(KioskException.class, () -> KioskConfig.load(f));
        assertThat(e.message(new Messages(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("自助终端配置 " + f + " 中 print.allowed 的值“是”无效（请写 true 或 false）");
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws Exception {
        Path f = dir.resolve("kiosk.properties");
        Files.write(f, "terminal.name=阅览室\n".getBytes("GBK"));
        assertThatThrownBy(() -> KioskConfig.load(f)).isInstanceOf(KioskException.class)
                .hasMessage("Cannot read the kiosk configuration " + f + ": it is not UTF-8 text");
    }

    @Test
    void settingAValueKeepsEveryOtherLineAndThePermissions() throws Exception {
        Path f = write("# 阅览室 2 号机", "kiosk=true", "admin.pin.hash = old", "idle.seconds=90", "admin.pin.hash:older",
                "# end");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        KioskConfig.setValue(f, "admin.pin.hash", "pbkdf2-sha256$1000$abc$def");
        assertThat(Files.readAllLines(f, StandardCharsets.UTF_8)).containsExactly("# 阅览室 2 号机", "kiosk=true",
                "admin.pin.hash=pbkdf2-sha256$1000$abc$def", "idle.seconds=90", "# end");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
        KioskConfig.setValue(f, "terminal.name", "2 号机");
        assertThat(Files.readAllLines(f, StandardCharsets.UTF_8)).endsWith("# end", "terminal.name=2 号机");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
