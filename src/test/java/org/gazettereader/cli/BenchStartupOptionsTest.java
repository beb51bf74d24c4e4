// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench startup} started by an installed launcher passes on what the launcher gave its JVM
 * that the measured starts need (module exports, the CDS archive), and nothing that would skew or
 * break them (a debugger agent, a heap size, the data folder of the bench itself).
 */
class BenchStartupOptionsTest {
    @Test
    void theLaunchersExportsAndArchiveGoOnAndNothingElse() {
        List<String> jvm = List.of("-Djpackage.app-version=0.1.0",
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-XX:SharedArchiveFile=/opt/gazette-reader/lib/app/gazette-reader.jsa", "-Xshare:auto",
                "-XX:Tier4InvocationThreshold=50000", "-Dgazette.envLibrary=/opt/gazette-reader/lib/app/libgazette-env.so",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:NewSize=96m", "-XX:+UseTransparentHugePages",
                "-Dorg.sqlite.lib.path=/opt/gazette-reader/lib/app",
                "-Dorg.sqlite.tmpdir=/opt/gazette-reader/lib/app", "-XX:+PrintCompilation",
                "-Djpackage.app-path=/opt/gazette-reader/bin/gazette-reader", "-Djava.library.path=/opt/gazette-reader/lib",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Xmx1g", "-Dgazette.home=/tmp/h");
        assertThat(BenchStartupCommand.launcherOptions(jvm)).containsExactly("-Djpackage.app-version=0.1.0",
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-XX:SharedArchiveFile=/opt/gazette-reader/lib/app/gazette-reader.jsa", "-Xshare:auto",
                "-XX:Tier4InvocationThreshold=50000", "-Dgazette.envLibrary=/opt/gazette-reader/lib/app/libgazette-env.so",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:NewSize=96m", "-XX:+UseTransparentHugePages",
                "-Dorg.sqlite.lib.path=/opt/gazette-reader/lib/app", "-Dorg.sqlite.tmpdir=/opt/gazette-reader/lib/app");
    }

    @Test
    void aPlainJavaStartHasNothingToPassOn() {
        assertThat(BenchStartupCommand.launcherOptions(List.of("-Dfile.encoding=UTF-8", "-Xmx512m"))).isEmpty();
    }
}
