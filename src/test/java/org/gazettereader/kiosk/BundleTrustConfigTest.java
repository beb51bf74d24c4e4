// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.config.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bundle.trust} in kiosk.properties: the public key line of the bundles the watch folder may install. */
class BundleTrustConfigTest {
    @TempDir
    Path dir;

    @Test
    void theKeyLineIsReadAndShown() throws Exception {
        String line = BundleKeys.generate(dir.resolve("key")).publicLine();
        Path f = Files.writeString(dir.resolve("kiosk.properties"), "kiosk=true\nwatch.folder=" + dir.resolve("usb")
                + "\nbundle.trust = " + line + "\n");
        KioskSettings s = KioskConfig.load(f);
        assertThat(s.bundleTrust()).contains(line);
        assertThat(KioskConfig.describe(s)).containsEntry("bundle.trust", line);
        assertThat(s.withEnabled(false).bundleTrust()).contains(line);
        assertThat(KioskConfig.load(Files.writeString(dir.resolve("none.properties"), "kiosk=true\n")).bundleTrust()).isEmpty();
    }

    @Test
    void aLineThatIsNoKeyNamesTheFileTheKeyAndTheValueInBothLanguages() throws Exception {
        Path f = Files.writeString(dir.resolve("kiosk.properties"), "bundle.trust=gzb-ed25519:AAAA\n");
        assertThatThrownBy(() -> KioskConfig.load(f)).isInstanceOf(KioskException.class)
                .hasMessage("The kiosk configuration " + f + " has a bad value for bundle.trust: \"gzb-ed25519:AAAA\" "
                        + "(write the public key line that bundle keygen printed (gzb-ed25519:…))");
        try {
            KioskConfig.load(f);
        } catch (KioskException e) {
            assertThat(e.message(new Messages(Locale.SIMPLIFIED_CHINESE))).contains(f.toString()).contains("bundle.trust")
                    .contains("应为 bundle keygen 打印的一行公钥");
        }
    }
}
