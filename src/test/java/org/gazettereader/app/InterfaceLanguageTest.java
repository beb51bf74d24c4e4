// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceLanguageTest {
    @Test
    void chineseUnlessTheSystemSpeaksEnglish() {
        assertThat(InterfaceLanguage.choose(Locale.FRANCE, Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.choose(Locale.TRADITIONAL_CHINESE, Map.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.choose(Locale.UK, Map.of("LANG", "en_GB.UTF-8"))).isEqualTo(Locale.UK);
        assertThat(InterfaceLanguage.choose(Locale.ENGLISH, Map.of("LANG", "en.UTF-8"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aUnixSystemWithoutALanguageGetsChinese() {
        // Java reports a bare "en" under LANG=C; the window (and JavaFX's buttons) then speak Chinese.
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return;
        }
        assertThat(InterfaceLanguage.choose(Locale.ENGLISH, Map.of("LANG", "C"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.choose(Locale.ENGLISH, Map.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
