// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds {@code libgazette-env.so} from {@code installer/linux/gazette-env.c} as the installer does (Linux with gcc). */
final class EnvLibraryBuild {
    private EnvLibraryBuild() {
    }

    /** The library in {@code dir}; the test is skipped where it cannot be built (not Linux, no gcc, no JDK headers). */
    static Path build(Path dir) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux");
        Path jdk = Path.of(System.getProperty("java.home"));
        assumeTrue(Files.isRegularFile(jdk.resolve("include/jni.h")), "a JDK with its C headers");
        Path lib = dir.resolve("libgazette-env.so");
        Path log = dir.resolve("gcc.log");
        Process gcc;
        try {
            gcc = new ProcessBuilder(List.of("gcc", "-shared", "-fPIC", "-O2", "-Wall", "-Werror",
                    "-I" + jdk.resolve("include"), "-I" + jdk.resolve("include/linux"), "-o", lib.toString(),
                    Path.of("installer/linux/gazette-env.c").toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "gcc: " + e.getMessage());
            throw e;
        }
        if (!gcc.waitFor(60, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
            throw new AssertionError("gcc failed: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return lib;
    }
}
