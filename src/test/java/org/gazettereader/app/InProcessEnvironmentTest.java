// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JNI library sets what native code reads in the process's environment. Each case runs in a JVM
 * of its own: a library is loaded once per process, and a test JVM's environment is not changed.
 */
class InProcessEnvironmentTest {
    @TempDir
    Path dir;

    /** Run in the child JVM: sets the variables it is given and prints what native code reads back. */
    public static void main(String[] args) {
        boolean set = InProcessEnvironment.setAll(Map.of(args[0], args[1]));
        System.out.println(set + "|" + InProcessEnvironment.get(args[0]) + "|" + System.getenv(args[0]));
    }

    @Test
    void nativeCodeReadsWhatWasSetWhileJavasOwnViewKeepsTheStartValue() throws Exception {
        Path lib = EnvLibraryBuild.build(dir);
        String out = run(List.of("-D" + InProcessEnvironment.LIBRARY + "=" + lib), "XDG_DATA_HOME", "/run/user/1000/阅览/gtk-data");
        assertThat(out).isEqualTo("true|/run/user/1000/阅览/gtk-data|/start/value");
    }

    @Test
    void aNameNativeCodeCannotTakeIsRefused() throws Exception {
        Path lib = EnvLibraryBuild.build(dir);
        assertThat(run(List.of("-D" + InProcessEnvironment.LIBRARY + "=" + lib), "BAD=NAME", "x")).startsWith("false|");
    }

    @Test
    void withoutTheLibraryNothingIsSetAndTheCallerIsTold() throws Exception {
        assertThat(run(List.of(), "XDG_DATA_HOME", "/x")).isEqualTo("false|null|/start/value");
        assertThat(run(List.of("-D" + InProcessEnvironment.LIBRARY + "=" + dir.resolve("missing.so")), "XDG_DATA_HOME", "/x"))
                .isEqualTo("false|null|/start/value");
    }

    private String run(List<String> jvm, String name, String value) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.jnu.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvm);
        cmd.addAll(List.of(InProcessEnvironmentTest.class.getName(), name, value));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(name.contains("=") ? "UNUSED" : name, "/start/value");
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
