// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code asks the resource bundles for is in the Chinese and the English bundle: the
 * window's keys in {@code messages*.properties}, the core's (problems of import, library and export,
 * and the words around an exported PDF) in {@code core*.properties}.
 */
class BundleKeysTest {
    private static final Path MAIN = Path.of("src/main/java/org/gazettereader");
    /**
     * {@code messages.get("status.ready", …)}, {@code m.get("import.file", …)}; not the command line's
     * {@code CliText.get} nor the core's {@code TEXT.get} / {@code text.get} (a {@link ProblemText}).
     */
    private static final Pattern KEY = Pattern.compile("(?<!CliText|TEXT|text)\\.get\\(\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    /** Where a core key is named: a problem, or a word of the core's own output. */
    private static final Pattern CORE_CALL = Pattern.compile("(?:Problem\\.of|\\b(?:TEXT|text)\\.get)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /**
     * Keys built from an id: {@code SqlFailures.failure("write", …)} asks for
     * {@code library.action.write}, {@code io("lock", …)} for {@code io.action.lock}, the library's
     * {@code read("issues", …)} for {@code library.what.issues}.
     */
    private static final Map<Pattern, String> FAMILIES = Map.of(
            Pattern.compile("\\b(?:failure|update)\\(\"([a-zA-Z]+)\""), "library.action.",
            Pattern.compile("\\bio\\(\"([a-zA-Z]+)\""), "io.action.",
            Pattern.compile("(?<![.\\w])read\\(\"([a-zA-Z]+)\""), "library.what.");

    private static Set<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (var in = BundleKeysTest.class.getResourceAsStream("/org/gazettereader/i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Stream<Path> sources(String... packages) throws Exception {
        Stream<Path> all = Stream.empty();
        for (String pkg : packages) {
            all = Stream.concat(all, Files.walk(MAIN.resolve(pkg)).filter(p -> p.toString().endsWith(".java")).toList().stream());
        }
        return all;
    }

    @Test
    void everyKeyUsedInTheWindowsCodeIsInBothBundles() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
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

    /** The keys the core code names: literal keys of problems and of the core's words, and keys built from ids. */
    static Set<String> coreKeys() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Path f : sources("importing", "library", "export", "search", "config").toList()) {
            String code = Files.readString(f, StandardCharsets.UTF_8);
            Matcher call = CORE_CALL.matcher(code);
            while (call.find()) {
                // The key is the first argument: every literal before the first comma at this level
                // (both keys of a choice such as isPdf ? "import.tooLargePdf" : "import.tooLargeText").
                String first = firstArgument(code, call.end());
                Matcher lit = LITERAL.matcher(first);
                while (lit.find()) {
                    used.add(lit.group(1));
                }
            }
            for (var family : FAMILIES.entrySet()) {
                Matcher m = family.getKey().matcher(code);
                while (m.find()) {
                    used.add(family.getValue() + m.group(1));
                }
            }
        }
        // A prefix such as "library.action." + action is a family, checked through its ids above.
        used.removeIf(k -> k.endsWith("."));
        return used;
    }

    private static String firstArgument(String code, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    @Test
    void everyKeyUsedInTheCoreIsInBothCoreBundles() throws Exception {
        Set<String> used = coreKeys();
        assertThat(used).as("core keys found in the code").hasSizeGreaterThan(90)
                .contains("import.sameFile", "library.damaged", "library.action.addBookmark", "io.action.lock",
                        "library.what.issues", "import.tooLargePdf", "import.tooLargeText", "pdf.from.originalStart",
                        "export.pagesOutside");
        Set<String> zh = keys("core.properties");
        Set<String> en = keys("core_en.properties");
        assertThat(zh).as("Chinese core bundle (core.properties)").containsAll(used);
        assertThat(en).as("English core bundle (core_en.properties)").containsAll(used);
        assertThat(zh).as("the two core bundles hold the same keys").isEqualTo(en);
    }

    @Test
    void everyCorePatternFormatsInBothLanguages() throws Exception {
        // A broken MessageFormat pattern (a stray quote, a choice that does not parse) fails here, not in an import.
        for (String key : coreKeys()) {
            Object[] args = {1, 2, 3, 4, 5}; // numbers suit both plain and number arguments
            assertThat(ProblemText.chinese().get(key, args)).as(key).isNotBlank();
            assertThat(ProblemText.english().get(key, args)).as(key).isNotBlank();
        }
    }

    /**
     * A pattern writes a literal quote as two; a message without arguments used to be shown as written,
     * so a refused import said "the gazette''s name" (seen by a tester).
     */
    @Test
    void noMessageShowsADoubledQuote() throws Exception {
        for (String key : coreKeys()) {
            for (Object[] args : new Object[][] {{}, {1, 2, 3, 4, 5}}) {
                assertThat(ProblemText.english().get(key, args)).as(key).doesNotContain("''");
                assertThat(ProblemText.chinese().get(key, args)).as(key).doesNotContain("''");
            }
        }
        assertThat(ProblemText.english().get("import.noGazetteName")).startsWith("the gazette's name");
        for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH}) {
            Messages m = new Messages(l);
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("org.gazettereader.i18n.messages", l);
            for (String key : b.keySet()) {
                assertThat(m.get(key)).as(key).doesNotContain("''");
            }
        }
    }
}
