// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.gazettereader.config.DataHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application class headless and uses it as a person would. */
class GazetteAppTest {
    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Locale saved;

    private Stage start(Locale locale) throws TimeoutException {
        saved = Locale.getDefault();
        Locale.setDefault(locale);
        System.setProperty(DataHome.HOME_PROPERTY, home.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(GazetteApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        System.clearProperty(DataHome.HOME_PROPERTY);
        if (saved != null) {
            Locale.setDefault(saved);
        }
    }

    @Test
    void opensWithChineseTitleAndWelcome() throws Exception {
        Stage stage = start(Locale.SIMPLIFIED_CHINESE);
        assertThat(stage.getTitle()).isEqualTo("公报阅览");
        Label welcome = robot.lookup("#welcome-title").queryAs(Label.class);
        assertThat(welcome.getText()).isEqualTo("欢迎使用公报阅览");
        assertThat(welcome.isVisible()).isTrue();
        assertThat(welcome.getFont().getFamily()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(robot.lookup("#library-empty").queryAs(Label.class).getText()).isEqualTo("库中还没有公报。");
    }

    @Test
    void firstStartImportsTheBundledSampleIntoTheTree() throws Exception {
        start(Locale.SIMPLIFIED_CHINESE);
        @SuppressWarnings("unchecked")
        TreeView<org.gazettereader.ui.TreeNode> tree = robot.lookup("#library-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        TreeItem<org.gazettereader.ui.TreeNode> gazette = tree.getRoot().getChildren().get(0);
        assertThat(gazette.getValue().label()).isEqualTo("吕梁市人民政府公报（15 篇）");
        assertThat(gazette.getChildren().get(0).getValue().label()).isEqualTo("2023年（15 篇）");
        assertThat(gazette.getChildren().get(0).getChildren().get(0).getValue().label()).isEqualTo("第1期（总第22期，15 篇）");
        assertThat(robot.lookup("#library-empty").query().isVisible()).isFalse();
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("就绪"));
        assertThat(status.getText()).endsWith("共 1 期 15 篇公文");
        assertThat(home.resolve("library").resolve("library.db")).exists();
    }

    @Test
    void speaksEnglishWhenTheSystemDoes() throws Exception {
        Stage stage = start(Locale.UK);
        assertThat(stage.getTitle()).isEqualTo("Gazette Reader");
        assertThat(robot.lookup("#welcome-title").queryAs(Label.class).getText()).isEqualTo("Welcome to Gazette Reader");
    }

    /** The buttons JavaFX itself labels in a dialog of the running window, read on the FX thread. */
    private String dialogButtons() {
        String[] shown = new String[1];
        robot.interact(() -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
            shown[0] = ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).getText()
                    + "/" + ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).getText();
        });
        return shown[0];
    }

    @Test
    void aNewEmptyLibraryEndsOnReadyNotOnTheProgressOfItsOpening() throws Exception {
        // Opening a new folder sets up an empty index and reports "rebuilding 0 / 0"; that report, queued
        // while the window was built, must not overwrite "Ready" once the library is shown.
        Path library = Files.createDirectories(home.resolve("new-empty"));
        saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        System.setProperty(DataHome.HOME_PROPERTY, home.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(GazetteApp.class, "--library=" + library);
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText() != null && status.getText().startsWith("就绪"));
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("就绪　公报库：" + library + "，共 0 期 0 篇公文");
    }

    @Test
    void aLibraryThatIsNotADatabaseIsReportedInChineseOnTheStatusLine() throws Exception {
        // What a copy from a damaged USB stick leaves: a library.db that SQLite calls "not a database".
        Path library = Files.createDirectories(home.resolve("library"));
        Path db = Files.writeString(library.resolve("library.db"), "这不是公报库的数据库。".repeat(300));
        start(Locale.SIMPLIFIED_CHINESE);
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText() != null && status.getText().startsWith("公报库无法打开："));
        assertThat(status.getText()).contains("公报库数据库 " + db + " 已损坏").contains("恢复方法：")
                .doesNotContain("SQLITE").doesNotContain("database");
        assertThat(org.gazettereader.config.LatinWords.in(status.getText())).as(status.getText()).isEmpty();
    }

    @Test
    void javaFxsOwnDialogButtonsSpeakTheWindowsLanguage() throws Exception {
        // A French system gets the Chinese interface, and JavaFX's own OK and Cancel with it.
        Stage stage = start(Locale.FRANCE);
        assertThat(stage.getTitle()).isEqualTo("公报阅览");
        assertThat(Locale.getDefault()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(dialogButtons()).isEqualTo("确定/取消");
    }

    @Test
    void javaFxsOwnDialogButtonsStayEnglishForAnEnglishSystem() throws Exception {
        start(Locale.UK);
        assertThat(Locale.getDefault()).isEqualTo(Locale.UK);
        assertThat(dialogButtons()).isEqualTo("OK/Cancel");
    }

    @Test
    void keyboardShortcutsChangeTextSizeAndTheme() throws Exception {
        start(Locale.SIMPLIFIED_CHINESE);
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        // The library opening in the background says 就绪 when it is done: wait for it, or it may
        // overwrite what the key press said.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText() != null && status.getText().startsWith("就绪"));
        robot.clickOn("#welcome-hint");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("字号：20 像素");
        assertThat(robot.lookup("#welcome").query().getStyle()).contains("-fx-font-size: 20px");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("主题：高对比度");
        assertThat(robot.lookup("#shell").query().getScene().getStylesheets())
                .anyMatch(s -> s.endsWith("high-contrast.css"));
    }

    @Test
    void panesHaveShortcuts() throws Exception {
        start(Locale.SIMPLIFIED_CHINESE);
        javafx.scene.control.TabPane tabs = robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class);
        // The search and bookmark panels join the window when first shown (they were a third of its first styling).
        assertThat(robot.lookup("#search-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bookmarks-pane").tryQuery()).isEmpty();
        robot.clickOn("#welcome-hint");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-search");
        assertThat(robot.lookup("#search-pane").tryQuery()).isPresent();
        assertThat(tabs.getScene().getFocusOwner().getId()).as("the query field has the keys at once").isEqualTo("search-field");
        robot.clickOn("#welcome-hint");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-bookmarks");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-library");
    }

    @Test
    void aClickOnTheSearchTabLeavesTheKeysInTheQueryField() throws Exception {
        start(Locale.SIMPLIFIED_CHINESE);
        robot.clickOn("#welcome-hint");
        robot.clickOn(robot.lookup(".tab").match(n -> "tab-search".equals(n.getId())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane tabs = robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-search");
        assertThat(tabs.getScene().getFocusOwner().getId()).isEqualTo("search-field");
        robot.write("wenwu");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("wenwu");
    }

    /** The window started, then by its keys: the dark theme (Ctrl+Shift+D) and a smaller text (Ctrl+-). */
    private void startDarkWithSmallerText() throws TimeoutException {
        start(Locale.SIMPLIFIED_CHINESE);
        robot.clickOn("#welcome-hint");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void remembersThemeAndTextSizeAcrossRestarts() throws Exception {
        startDarkWithSmallerText();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        String saved = Files.readString(home.resolve("settings.properties"));
        assertThat(saved).contains("theme=DARK").contains("reader.fontSize=16.0");

        app = FxToolkit.setupApplication(GazetteApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").query().getStyle()).contains("-fx-font-size: 16px");
        assertThat(robot.lookup("#menu-bar").query().getScene().getStylesheets())
                .noneMatch(s -> s.endsWith("high-contrast.css"));
    }

    /**
     * A logout or shutdown ends the JVM by SIGTERM: its shutdown hooks run, JavaFX's stop does not. A tester
     * switched to the dark theme, sent SIGTERM, and the next start was light.
     */
    @Test
    void theEndOfTheJvmBySignalStillKeepsThemeAndTextSize() throws Exception {
        startDarkWithSmallerText();
        Thread atExit = ((GazetteApp) app).windowPreferences().atExit();
        // Registered with the JVM (what a signal runs), and run here as the JVM's end would run it.
        assertThat(Runtime.getRuntime().removeShutdownHook(atExit)).isTrue();
        atExit.run();
        assertThat(Files.readString(home.resolve("settings.properties"))).contains("theme=DARK").contains("reader.fontSize=16.0");
    }

    @Test
    void closingWhileTheLibraryStillOpensLeavesNoErrorBehind() throws Throwable {
        // A first start imports the sample: the window is closed long before its library is open. The work
        // the opening posted then runs after the stop, when the toolkit has forgotten the parameters (CI
        // saw a NullPointerException on the FX thread from exactly this).
        start(Locale.SIMPLIFIED_CHINESE);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.checkException();
    }

    @Test
    void aDataFolderThatCannotKeepTheSettingsStillLetsTheWindowClose() throws Throwable {
        // Where settings.properties should go stands a folder (as a read-only or full disk would refuse it).
        Files.createDirectories(home.resolve("settings.properties").resolve("x"));
        start(Locale.SIMPLIFIED_CHINESE);
        robot.clickOn("#welcome-hint");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.checkException();
        assertThat(home.resolve("settings.properties")).isDirectory();
    }
}
