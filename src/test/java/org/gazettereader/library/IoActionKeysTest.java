// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action a file error names ({@code SqlFailures.io("…")}) has its words in both languages: a
 * missing one showed "Missing message key 'io.action.prepare the install into'" in a Chinese dialog.
 */
class IoActionKeysTest {
    private static final Pattern CALL = Pattern.compile("SqlFailures\\.io\\(\"([^\"]+)\"");

    @Test
    void everyIoActionInTheCodeHasItsTextInChineseAndEnglish() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = CALL.matcher(Files.readString(f));
                while (m.find()) {
                    actions.add(m.group(1));
                }
            }
        }
        assertThat(actions).contains("prepareInstall", "lock");
        ResourceBundle zh = ResourceBundle.getBundle("org.gazettereader.i18n.core", Locale.SIMPLIFIED_CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        ResourceBundle en = ResourceBundle.getBundle("org.gazettereader.i18n.core", Locale.ENGLISH);
        for (String a : actions) {
            assertThat(zh.containsKey("io.action." + a)).as("zh io.action.%s", a).isTrue();
            assertThat(en.containsKey("io.action." + a)).as("en io.action.%s", a).isTrue();
            assertThat(en.getString("io.action." + a)).as(a).isNotEqualTo(zh.getString("io.action." + a));
        }
    }
}
