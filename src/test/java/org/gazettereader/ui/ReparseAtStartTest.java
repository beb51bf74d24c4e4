// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.controlsfx.control.StatusBar;
import org.gazettereader.config.DataHome;
import org.gazettereader.importing.ImporterVersion;
import org.gazettereader.library.Database;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import org.gazettereader.model.Anchor;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An upgrade as the window meets it: the default library holds the sample issue as an older
 * importer parsed it (a garbled title, a notice missing) with a bookmark in the garbled notice. At start the window parses the kept original again in the background, says so on the
 * status line, shows the issue as this importer reads it, and the bookmark is still there.
 */
class ReparseAtStartTest extends RunningApp {
    private static final String DOC_NUMBER = "吕政发〔2023〕2号";
    private static final String GARBLED = "旧导入程序读错的标题";
    /** A notice the older importer missed. */
    private static final String MISSED = "吕政函〔2023〕3号";

    private String noticeId;
    private String missedId;

    @Override
    void prepare() throws Exception {
        DataHome data = new DataHome(home);
        try (Library lib = new Libraries(data).open(null)) {
            noticeId = lib.find(DOC_NUMBER).get(0).notice().id();
            missedId = lib.find(MISSED).get(0).notice().id();
            lib.places().addBookmark(noticeId, new Anchor(0, 3, 0), "升级前的书签");
            // The garbled notice was being read when the window last closed: it opens at start.
            lib.places().savePosition(noticeId, Anchor.START);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.defaultLibrary().resolve(Database.FILE_NAME));
                Statement s = c.createStatement()) {
            s.execute("UPDATE issues SET importer_version = " + (ImporterVersion.CURRENT - 1));
            s.execute("UPDATE notices SET title = '" + GARBLED + "' WHERE id = '" + noticeId + "'");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("DELETE FROM notices WHERE id = '" + missedId + "'");
        }
    }

    private String status() {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    /** A tester saw the open notice keep its garbled title until it was opened again. */
    @Test
    void theNoticeBeingReadShowsItsIssueAsParsedAnew() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status().startsWith("已用新版导入程序重新解析 1 份"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pageText().isEmpty() && !pageText().contains(GARBLED));
        assertThat(pageText()).startsWith("吕梁市人民政府关于印发").contains("知识产权保护和运用规划的通知吕政发〔2023〕2号");
    }

    @Test
    void theWindowParsesTheOlderIssueAgainAtStartAndKeepsTheBookmark() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status().startsWith("已用新版导入程序重新解析 1 份"));
        assertThat(status()).isEqualTo("已用新版导入程序重新解析 1 份公报和文件，书签和阅读位置都保留着");

        openIssue();
        assertThat(cell("知识产权保护和运用规划")).isNotNull();
        assertThat(robot.lookup(".tree-cell").match(c -> c instanceof javafx.scene.control.TreeCell<?> t && !t.isEmpty()
                && t.getItem() instanceof TreeNode n && n.shows(GARBLED)).tryQuery()).isEmpty();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + new DataHome(home).defaultLibrary()
                .resolve(Database.FILE_NAME)); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT MIN(importer_version) FROM issues")) {
            assertThat(rs.getInt(1)).isEqualTo(ImporterVersion.CURRENT);
        }
        try (Library lib = Library.openReadOnly(new DataHome(home).defaultLibrary())) {
            assertThat(lib.find(MISSED)).singleElement().satisfies(n -> assertThat(n.notice().blocks()).isNotEmpty());
            assertThat(lib.places().bookmarkEntries()).singleElement().satisfies(b -> {
                assertThat(b.bookmark().noticeId()).isEqualTo(noticeId);
                assertThat(b.bookmark().label()).isEqualTo("升级前的书签");
                assertThat(b.noticeTitle()).contains("知识产权保护和运用规划");
            });
        }
    }
}
