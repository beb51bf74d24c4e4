// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gazettereader.cli.CliText;
import org.junit.jupiter.api.Test;

/** A window that cannot start says why, not only JavaFX's "Exception in Application start method". */
class StartFailureTest {
    @Test
    void theReasonBehindJavaFxsWrapperIsWhatIsPrinted() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            RuntimeException start = new IllegalStateException("Bundled font could not be loaded: /opt/x/wqy-microhei.ttc");
            RuntimeException launch = new RuntimeException("Exception in Application start method", start);
            assertThat(CliText.describe(Main.startFailure(launch))).isEqualTo(
                    "Bundled font could not be loaded: /opt/x/wqy-microhei.ttc");
            // Not a wrapper: as it was.
            RuntimeException own = new IllegalStateException("Toolkit already initialized", new RuntimeException("x"));
            assertThat(Main.startFailure(own)).isSameAs(own);
            RuntimeException bare = new RuntimeException("Exception in Application start method");
            assertThat(Main.startFailure(bare)).isSameAs(bare);
        } finally {
            Locale.setDefault(saved);
        }
    }
}
