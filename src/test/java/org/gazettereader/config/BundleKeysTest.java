// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the window's code asks the resource bundles for is in the Chinese and the English bundle. */
class BundleKeysTest {
    /** {@code messages.get("status.ready", …)}, {@code m.get("import.file", …)}; not the command line's {@code CliText.get}. */
    private static final Pattern KEY = Pattern.compile("(?<!CliText)\\.get\\(\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    private static Set<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (var in = BundleKeysTest.class.getResourceAsStream("/org/gazettereader/i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheWindowsCodeIsInBothBundles() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/gazettereader"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/cli/")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(100);
        // The files themselves: a bundle's own keys would include its parent's, and English falls back to Chinese.
        Set<String> zh = keys("messages.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(zh).as("Chinese bundle").containsAll(used);
        assertThat(en).as("English bundle").containsAll(used);
    }
}
