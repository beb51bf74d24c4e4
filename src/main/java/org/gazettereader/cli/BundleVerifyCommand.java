// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import org.gazettereader.bundle.BundleVerifier;
import org.gazettereader.bundle.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bundle verify FILE [--trust PUBKEY]}: every hash and the signature; exit code 1 with the reason when refused. */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BundleVerifyCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "bundle.file")
    Path file;

    @Option(names = "--trust", paramLabel = "PUBKEY", descriptionKey = "bundle.trust")
    String trust;

    @Override
    public Integer call() {
        BundleVerifier.Verified v = BundleVerifier.verify(file, BundleCommand.trust(trust), BundleCommand.progress(err()),
                () -> false);
        Manifest m = v.manifest();
        out().println(CliText.get("bundle.verified", v.file(), CliText.count(m.gazetteIssues(), "issue"),
                CliText.count(m.notices(), "notice"), m.originalFiles(), m.entries().size(), m.created(), m.appVersion(),
                m.librarySchema(), m.indexVersion()));
        out().println(v.trusted() ? CliText.get("bundle.trusted", m.signer())
                : v.signed() ? CliText.get("bundle.signedNotChecked", m.signer()) : CliText.get("bundle.unsigned"));
        return 0;
    }
}
