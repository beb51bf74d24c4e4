// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void chineseIsTheDefaultAndEnglishFollowsTheSystem() {
        assertThat(Messages.uiLocale(Locale.FRANCE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.uiLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.uiLocale(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(new Messages(Locale.GERMANY).get("app.title")).isEqualTo("公报阅览");
        assertThat(new Messages(Locale.US).get("app.title")).isEqualTo("Gazette Reader");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        var zh = Collections.list(new Messages(Locale.SIMPLIFIED_CHINESE).bundle().getKeys());
        var en = Collections.list(new Messages(Locale.ENGLISH).bundle().getKeys());
        assertThat(en).containsExactlyInAnyOrderElementsOf(zh);
        // The English bundle must not just fall back to the Chinese base for any key: English text
        // may quote Chinese (an example 文号) but then carries English words too.
        var english = new Messages(Locale.ENGLISH);
        var chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        for (String key : zh) {
            String value = english.bundle().getString(key);
            assertThat(value.matches("(?s).*\\p{IsHan}.*") && !value.matches("(?s).*[A-Za-z]{3,}.*")).as(key).isFalse();
            if (chinese.bundle().getString(key).matches("(?s).*\\p{IsHan}.*")) {
                assertThat(value).as(key).isNotEqualTo(chinese.bundle().getString(key));
            }
        }
    }

    @Test
    void argumentsAreFormatted() {
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get("status.fontSize", 20)).isEqualTo("字号：20 像素");
    }

    @Test
    void englishCountsAreSingularForOneAndGroupedWhenLarge() {
        var en = new Messages(Locale.ENGLISH);
        assertThat(en.get("status.ready", "/lib", 1, 1)).isEqualTo("Ready. Library: /lib, 1 issue, 1 notice");
        assertThat(en.get("status.ready", "/lib", 0, 100_000)).isEqualTo("Ready. Library: /lib, 0 issues, 100,000 notices");
        assertThat(en.get("status.readyWithDocuments", "/lib", 1L, 2L, 17)).isEqualTo(
                "Ready. Library: /lib, 1 issue and 2 single documents, 17 notices");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get("status.readyWithDocuments", "/lib", 1L, 2L, 17))
                .isEqualTo("就绪　公报库：/lib，共 1 期公报、2 篇单篇文件，17 篇公文");
        assertThat(en.get("search.count", 2)).isEqualTo("2 notices");
        assertThat(en.get("tree.issue", 1, 22, 15)).isEqualTo("No. 1, cumulative 22 (15 notices)");
    }

    @Test
    void everyPatternFormatsInBothLanguages() {
        Object[] args = {1, 2, 3, 4, 5};
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            var m = new Messages(l);
            for (String key : Collections.list(m.bundle().getKeys())) {
                assertThat(m.get(key, args)).as(l + " " + key).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void aSystemWithoutALanguageGetsChineseAndAnEnglishOneEnglish() {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "Unix locales");
        Locale bareEnglish = Locale.ENGLISH; // what Java reports for LANG=C.UTF-8
        assertThat(Messages.systemLocale(bareEnglish, Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.systemLocale(bareEnglish, Map.of("LC_ALL", "POSIX", "LANG", "en_GB.UTF-8")))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.systemLocale(bareEnglish, Map.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.systemLocale(bareEnglish, Map.of("LANG", "en.UTF-8"))).isEqualTo(Locale.ENGLISH);
        // What JDK 17 reports under LANG=C or no LANG at all: Java's own fill-in, not the person's choice.
        assertThat(Messages.systemLocale(Locale.US, Map.of("LANG", "C"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.systemLocale(Locale.US, Map.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.systemLocale(Locale.US, Map.of("LANG", "C"), true)).as("-Duser.language=en given").isEqualTo(Locale.US);
        assertThat(Messages.systemLocale(Locale.GERMANY, Map.of())).isEqualTo(Locale.GERMANY);
        // LANG names a locale this system lacks: Java says a bare en, the person said Chinese (issue 14).
        assertThat(Messages.systemLocale(bareEnglish, Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.systemLocale(bareEnglish, Map.of("LC_ALL", "zh_TW.UTF-8"))).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(Messages.systemLocale(bareEnglish, Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Locale.FRANCE);
        assertThat(Messages.systemLocale(Locale.US, Map.of("LANG", "zh_CN.UTF-8"))).as("what Java reports then")
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.systemLocale(Locale.US, Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Locale.US);
    }

    @Test
    void missingKeyNamesTheKey() {
        assertThatThrownBy(() -> new Messages(Locale.ENGLISH).get("no.such.key"))
                .hasMessageContaining("no.such.key");
    }

    @Test
    void anIssueReadsAsYearAndNumberAndADocumentAsSuch() {
        GazetteNames zh = new GazetteNames(new Messages(Locale.SIMPLIFIED_CHINESE));
        GazetteNames en = new GazetteNames(new Messages(Locale.ENGLISH));
        assertThat(zh.issue("2023/2")).isEqualTo("2023年第2期");
        assertThat(en.issue("2023/12")).isEqualTo("2023, No. 12");
        assertThat(zh.issue(null)).isEmpty();
        assertThat(zh.issue("2023")).isEqualTo("2023");
        assertThat(zh.where("吕梁市人民政府公报", "2023/1", false)).isEqualTo("吕梁市人民政府公报 2023年第1期");
        assertThat(en.where("吕梁市人民政府公报", "2023/1", false)).isEqualTo("吕梁市人民政府公报, 2023, No. 1");
        assertThat(zh.where(null, null, true)).isEqualTo("单篇文件");
        assertThat(en.where(null, null, true)).isEqualTo("Single document");
        // An issue whose year or number is unknown still names its gazette.
        assertThat(zh.where("太原市人民政府公报", null, false)).isEqualTo("太原市人民政府公报");
        assertThat(zh.where(null, "2023/1", false)).isEqualTo("? 2023年第1期");
    }
}
