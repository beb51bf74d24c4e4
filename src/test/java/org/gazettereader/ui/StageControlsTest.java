// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.gazettereader.config.Messages;
import org.junit.jupiter.api.Test;

/** The about box names the library's folder (it said "gazette-reader"). */
class StageControlsTest {
    @Test
    void aboutNamesTheFolderOfTheLibraryShown() {
        Path lib = Path.of("/srv/gazettes/library");
        assertThat(new StageControls(null, new Messages(Locale.SIMPLIFIED_CHINESE), () -> lib).aboutText())
                .isEqualTo("政府公报离线阅读器。\n公报库位置：/srv/gazettes/library");
        assertThat(new StageControls(null, new Messages(Locale.ENGLISH), () -> null).aboutText()).endsWith("—")
                .doesNotContain("gazette-reader");
    }
}
