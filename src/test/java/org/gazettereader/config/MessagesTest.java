// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Locale;
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
    void missingKeyNamesTheKey() {
        assertThatThrownBy(() -> new Messages(Locale.ENGLISH).get("no.such.key"))
                .hasMessageContaining("no.such.key");
    }
}
