// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gazettereader.config.Messages;
import org.gazettereader.model.IssueSummary;
import org.junit.jupiter.api.Test;

/** The status line after a library opens: issues and single documents are counted apart. */
class ShellViewModelTest {
    private static final IssueSummary ISSUE = new IssueSummary(1, "吕梁市人民政府公报", 2023, 1, 22, null, 15, "a.txt", "a");
    private static final IssueSummary LAW = new IssueSummary(2, null, null, null, null, null, 1, "law.txt", "b", true, "某法");

    private static String statusAfterOpening(Locale locale, List<IssueSummary> list) {
        ShellViewModel vm = new ShellViewModel(new Messages(locale), Path.of("/lib"), Theme.values()[0], 16);
        vm.libraryOpened(list);
        return vm.statusProperty().get();
    }

    @Test
    void singleDocumentsAreNotCountedAsIssues() {
        assertThat(statusAfterOpening(Locale.SIMPLIFIED_CHINESE, List.of(ISSUE)))
                .isEqualTo("就绪　公报库：/lib，共 1 期 15 篇公文");
        assertThat(statusAfterOpening(Locale.SIMPLIFIED_CHINESE, List.of(ISSUE, LAW)))
                .isEqualTo("就绪　公报库：/lib，共 1 期公报、1 篇单篇文件，16 篇公文");
        assertThat(statusAfterOpening(Locale.ENGLISH, List.of(ISSUE, LAW)))
                .isEqualTo("Ready. Library: /lib, 1 issue and 1 single document, 16 notices");
    }
}
