// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.Test;

/** The bundle commands as an administrator runs them: output, stderr, exit codes. */
class BundleCommandTest extends CliRun {
    @Override
    Locale locale() {
        return Locale.ENGLISH;
    }

    @Test
    void keygenCreateVerifyInstallAndRefusals() throws Exception {
        Path lib = dir.resolve("lib");
        Path in = Files.createDirectories(dir.resolve("in"));
        assertThat(run("import", "--library", lib.toString(), Samples.copy(Samples.SAMPLE, in).toString())).isZero();

        assertThat(run("bundle", "keygen", "--out", dir.resolve("k/key").toString())).isZero();
        String line = out().strip();
        assertThat(line).startsWith("gzb-ed25519:").doesNotContain("\n");
        assertThat(err()).contains("keep it secret");

        Path gzb = dir.resolve("out/lib.gzb");
        assertThat(run("bundle", "create", "--library", lib.toString(), "--out", gzb.toString(), "--key",
                dir.resolve("k/key").toString())).as(err()).isZero();
        assertThat(out()).contains("1 issue, 15 notices, 1 originals").contains("signed by " + line);
        assertThat(err()).contains("copying the database").contains("building the bundle's search index");

        assertThat(run("bundle", "verify", gzb.toString(), "--trust", line)).isZero();
        assertThat(out()).startsWith("ok: ").contains("signature matches the trusted key");

        assertThat(run("bundle", "keygen", "--out", dir.resolve("k/other").toString())).isZero();
        String other = out().strip();
        assertThat(run("bundle", "verify", gzb.toString(), "--trust", other)).isEqualTo(1);
        assertThat(err()).contains(gzb.toString()).contains("does not match the trusted key");

        Path target = dir.resolve("terminal");
        assertThat(run("bundle", "install", gzb.toString(), "--library", target.toString(), "--trust",
                dir.resolve("k/key.pub").toString())).as(err()).isZero();
        assertThat(out()).contains("installed into " + target).contains("15 notices");
        assertThat(run("check", "--library", target.toString())).isZero();
        assertThat(out()).contains("1 issue, 15 notices, 15 in the search index").endsWith("ok" + System.lineSeparator());

        assertThat(run("bundle", "install", gzb.toString(), "--library", target.toString(), "--merge")).isZero();
        assertThat(out()).contains("0 issues added, 1 already there (skipped), 0 failed");

        assertThat(run("bundle", "install", gzb.toString(), "--library", target.toString(), "--merge", "--keep-previous"))
                .isEqualTo(2);
        assertThat(run("bundle", "create", "--library", lib.toString(), "--out", dir.resolve("x.gzb").toString(), "--key",
                dir.resolve("k/key.pub").toString())).isEqualTo(1);
        assertThat(err()).contains("no private key");
    }
}
