// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        // JDK 17 on Linux reports en_US under LANG=C or no LANG, a bare "en" under C.UTF-8; the window
        // (and JavaFX's buttons) then speak Chinese. A kiosk image often starts programs that way.
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return;
        }
        assertThat(InterfaceLanguage.choose(Locale.US, Map.of("LANG", "C"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.choose(Locale.US, Map.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.choose(Locale.US, Map.of("LC_CTYPE", "C.UTF-8"))).as("the UTF-8 child of a C start")
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.choose(Locale.ENGLISH, Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        // java -Duser.language=en … on such a system: English, as asked.
        assertThat(InterfaceLanguage.choose(Locale.US, Map.of(), true)).isEqualTo(Locale.US);
        assertThat(InterfaceLanguage.choose(Locale.ENGLISH, Map.of("LANG", "C"), true)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageGivenToTheJvmIsSeenOnItsCommandLineOrInItsOptionVariables() {
        assertThat(InterfaceLanguage.languageGiven(List.of("-Xmx512m", "-Duser.language=en", "-cp", "x"), Map.of())).isTrue();
        assertThat(InterfaceLanguage.languageGiven(List.of("-Xmx512m"), Map.of("JAVA_TOOL_OPTIONS", "-Duser.language=en")))
                .isTrue();
        assertThat(InterfaceLanguage.languageGiven(List.of("-Xmx512m"), Map.of("JDK_JAVA_OPTIONS", "-Duser.language=en")))
                .isTrue();
        assertThat(InterfaceLanguage.languageGiven(List.of("-Duser.country=US", "--library", "/srv/user.language=x"), Map.of()))
                .isFalse();
    }
}
