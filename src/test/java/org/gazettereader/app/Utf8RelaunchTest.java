// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under the C/POSIX locale Chinese file names and arguments reach the library intact. */
class Utf8RelaunchTest {
    private static final String NAME = "吕梁市政府公报2023年第1期.txt";
    private static final Map<String, String> POSIX = Map.of("LANG", "C", "LC_ALL", "C");

    @TempDir
    Path dir;

    private static boolean linuxWithProc() {
        return !System.getProperty("os.name").startsWith("Windows") && Files.isReadable(Path.of("/proc/self/cmdline"));
    }

    private static Set<String> argumentFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gazette-reader-args-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void chineseFileNamesAndArgumentsSurviveThePosixLocale() throws Exception {
        assumeTrue(linuxWithProc(), "Linux with /proc");
        // This JVM writes the Chinese names the child must read; it cannot under an ASCII locale itself.
        assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding")).equals(StandardCharsets.UTF_8),
                "the test JVM runs with a UTF-8 locale");
        Set<String> before = argumentFiles();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve(NAME), Samples.bytes(Samples.SAMPLE));
        Path lib = dir.resolve("公报库");
        List<String> jvm = List.of("-Dgazette.home=" + dir.resolve("home"));

        MainProcess.Result imported = MainProcess.run(dir, POSIX, jvm, "import", "--library", lib.toString(), in.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(NAME).contains("imported 1,");
        assertThat(lib).isDirectory();

        MainProcess.Result list = MainProcess.run(dir, POSIX, jvm, "list", "--json", "--library", lib.toString());
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode issues = new ObjectMapper().readTree(list.out());
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).get("file").asText()).isEqualTo(NAME);

        MainProcess.Result search = MainProcess.run(dir, POSIX, jvm, "search", "--json", "--library", lib.toString(), "知识产权");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(new ObjectMapper().readTree(search.out()).get("total").asInt()).isEqualTo(2);
        assertThat(argumentFiles()).isEqualTo(before);
    }

    @Test
    void theChildGetsAUtf8CharacterTypeAndKeepsItsLanguage() {
        assertThat(Utf8Relaunch.childLocale(Map.of())).isEqualTo(Map.of("LC_CTYPE", "C.UTF-8"));
        assertThat(Utf8Relaunch.childLocale(Map.of("LANG", "C"))).isEqualTo(Map.of("LC_CTYPE", "C.UTF-8"));
        assertThat(Utf8Relaunch.childLocale(Map.of("LC_ALL", "", "LANG", "POSIX"))).isEqualTo(Map.of("LC_CTYPE", "C.UTF-8"));
        assertThat(Utf8Relaunch.childLocale(Map.of("LC_CTYPE", "C", "LANG", "en_GB.UTF-8")))
                .isEqualTo(Map.of("LC_CTYPE", "C.UTF-8"));
        assertThat(Utf8Relaunch.childLocale(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")))
                .isEqualTo(Map.of("LC_ALL", "C.UTF-8"));
        // A locale chosen on purpose is left alone: GB18030 file names are GB18030 there.
        assertThat(Utf8Relaunch.childLocale(Map.of("LANG", "zh_CN.GB18030"))).isNull();
        assertThat(Utf8Relaunch.childLocale(Map.of("LC_ALL", "zh_CN.GBK", "LANG", "C"))).isNull();
    }

    @Test
    void theOriginalArgumentsAreTheLastEntriesOfTheCommandLine() {
        String library = "/tmp/公报库";
        byte[] cmdline = ("java\0-cp\0/app/x.jar\0org.gazettereader.app.Main\0import\0--library\0" + library + "\0\0")
                .getBytes(StandardCharsets.UTF_8);
        String lossy = new String(library.getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII);
        List<byte[]> original = Utf8Relaunch.originalArguments(cmdline, new String[] {"import", "--library", lossy, ""});
        assertThat(original).isNotNull();
        assertThat(original.stream().map(b -> new String(b, StandardCharsets.UTF_8)))
                .containsExactly("import", "--library", library, "");
        assertThat(Utf8Relaunch.originalArguments(cmdline, new String[] {"list", "--library", lossy, ""})).isNull();
        assertThat(Utf8Relaunch.originalArguments(cmdline, new String[] {"import", "--library", "/tmp/x", ""})).isNull();
        assertThat(Utf8Relaunch.originalArguments("java\0".getBytes(StandardCharsets.US_ASCII), new String[] {"x"})).isNull();
        assertThat(Utf8Relaunch.originalArguments("java\0Main\0".getBytes(StandardCharsets.US_ASCII), new String[0]))
                .isEmpty();
    }

    @Test
    void onlyAnAsciiCharsetCallsForTheChild() {
        assertThat(Utf8Relaunch.isAscii("ANSI_X3.4-1968")).isTrue();
        assertThat(Utf8Relaunch.isAscii("US-ASCII")).isTrue();
        assertThat(Utf8Relaunch.isAscii("UTF-8")).isFalse();
        assertThat(Utf8Relaunch.isAscii("GB18030")).isFalse();
        assertThat(Utf8Relaunch.isAscii("no such charset")).isFalse();
        assertThat(Utf8Relaunch.isAscii(null)).isFalse();
    }

    @Test
    void aUtf8ProcessRunsInPlace() {
        assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding")).equals(StandardCharsets.UTF_8),
                "the test JVM runs with a UTF-8 locale");
        assertThat(Utf8Relaunch.runInUtf8Child(new String[] {"list"}, Map.of())).isEmpty();
        assertThat(Utf8Relaunch.inheritedArguments()).isEmpty();
    }
}
