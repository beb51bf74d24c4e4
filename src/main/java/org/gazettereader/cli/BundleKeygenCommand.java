// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import org.gazettereader.bundle.BundleKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bundle keygen --out KEY}: an Ed25519 key pair; prints the public key line for the terminals. */
@Command(name = "keygen", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BundleKeygenCommand extends CliCommand {
    @Option(names = "--out", required = true, paramLabel = "KEY", descriptionKey = "bundle.keygen.out")
    Path out;

    @Override
    public Integer call() {
        BundleKeys.SigningKey key = BundleKeys.generate(out);
        Path file = out.toAbsolutePath().normalize();
        err().println(CliText.get("bundle.keygen.wrote", file, file.resolveSibling(file.getFileName() + ".pub")));
        out().println(key.publicLine());
        return 0;
    }
}
