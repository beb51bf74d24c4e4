// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import org.gazettereader.ui.SameThreadBackground;
import org.gazettereader.ui.ShellViewModel;
import org.gazettereader.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator's panel on a real library opened read-only: counters, idle time and printing for
 * this run, loading the library again, and importing a folder (the library is written only then).
 */
class AdminPanelTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Library> library = new AtomicReference<>();
    private final AtomicReference<KioskSettings> settings = new AtomicReference<>(KioskSettings.defaults(true));
    private final AtomicInteger exits = new AtomicInteger();
    private AdminPanel panel;
    private KioskCounters counters;
    private Locale saved;

    @BeforeEach
    void start() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Path folder = dir.resolve("library");
        try (Library lib = Library.open(folder)) {
            Libraries.seedSample(lib);
        }
        library.set(Library.openReadOnly(folder));
        Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
        ShellViewModel vm = new ShellViewModel(m, folder, Theme.LIGHT, ShellViewModel.DEFAULT_FONT);
        KioskLibrary kiosk = new KioskLibrary(folder, new SameThreadBackground(), library::get, library::set, vm, m);
        counters = new KioskCounters(dir.resolve("kiosk-counters.json"),
                Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            panel = new AdminPanel(m, new AdminPanel.Commands() {
                @Override
                public void exitKiosk() {
                    exits.incrementAndGet();
                }

                @Override
                public void importFolder(File folder, Consumer<String> progress, Consumer<String> done,
                                         BooleanSupplier cancelled) {
                    kiosk.importFolder(folder.toPath(), progress, done, cancelled);
                }

                @Override
                public void reload(Consumer<String> said) {
                    kiosk.reload(said);
                }

                @Override
                public void apply(KioskSettings changed) {
                    settings.set(changed);
                }

                @Override
                public void close() {
                }
            }, settings::get, () -> counters);
            return panel.root();
        });
        FxToolkit.setupStage(Stage::show);
        robot.interact(() -> panel.refresh());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (library.get() != null) {
            library.get().close();
        }
        Locale.setDefault(saved);
    }

    private String status() {
        return robot.lookup("#kiosk-admin-status").queryAs(Label.class).getText();
    }

    @Test
    void countersOfTheDayWithTheSearchesThatFoundNothing() {
        counters.sessionStarted();
        counters.noticeOpened();
        counters.searched("吕梁", 12);
        counters.searched("社保卡补办", 0);
        counters.pagesPrinted(3);
        robot.interact(() -> panel.refresh());
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#kiosk-admin-counters").queryAs(ListView.class);
        assertThat(lines.getItems()).containsSubsequence("2026-03-02：读者 1 人次，打开公文 1 篇，打印 3 页",
                "　搜索 2 次，其中无结果 1 次", "　无结果的搜索：社保卡补办");
    }

    @Test
    void idleTimeAndPrintingForThisRun() {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> idle = robot.lookup("#kiosk-admin-idle").queryAs(Spinner.class);
            idle.getValueFactory().setValue(300);
        });
        robot.clickOn("#kiosk-admin-print");
        assertThat(robot.lookup("#kiosk-admin-print").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#kiosk-admin-apply");
        assertThat(settings.get().idleSeconds()).isEqualTo(300);
        assertThat(settings.get().printAllowed()).isFalse();
        assertThat(settings.get().enabled()).isTrue();
        assertThat(status()).isEqualTo("已应用：闲置 300 秒，允许打印：否。配置文件未改动。");
        robot.clickOn("#kiosk-admin-exit");
        assertThat(exits).hasValue(1);
    }

    @Test
    void reloadAndImportAFolderThenReadOnlyAgain() throws Exception {
        robot.clickOn("#kiosk-admin-reload");
        assertThat(status()).isEqualTo("已重新载入：共 1 期。");
        assertThat(library.get().readOnly()).isTrue();

        Path stick = Files.createDirectories(dir.resolve("usb"));
        Files.copy(Path.of("src/test/resources/fixtures/city-gazette-announcement.txt"),
                stick.resolve("city-gazette-announcement.txt"));
        robot.interact(() -> panel.importFolder(stick.toFile()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status().startsWith("导入 1 期"));
        assertThat(status()).matches("导入 1 期，重复 0 个，失败 0 个，共 \\d+ 篇公文。");
        assertThat(library.get().issues()).hasSize(2);
        assertThat(library.get().readOnly()).as("read-only again after the import").isTrue();
        assertThat(robot.lookup("#kiosk-admin-cancel-import").query().isVisible()).isFalse();
        assertThat(List.of(Files.list(dir.resolve("library")).map(p -> p.getFileName().toString()).toArray()))
                .doesNotContain("library.db-shm");
    }
}
