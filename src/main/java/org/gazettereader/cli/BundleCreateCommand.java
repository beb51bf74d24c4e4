// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.bundle.BundleWriter;
import org.gazettereader.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bundle create --out FILE.gzb [--key KEY] [--gazette G] [--year Y] [--no-originals]}. */
@Command(name = "create", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BundleCreateCommand extends LibraryCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.gzb", descriptionKey = "bundle.create.out")
    Path out;

    @Option(names = "--key", paramLabel = "KEY", descriptionKey = "bundle.create.key")
    Path key;

    @Option(names = "--gazette", paramLabel = "NAME", descriptionKey = "bundle.create.gazette")
    String gazette;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "bundle.create.year")
    Integer year;

    @Option(names = "--no-originals", descriptionKey = "bundle.create.noOriginals")
    boolean noOriginals;

    @Override
    public Integer call() {
        // Read the key first: a wrong key file is refused before any work.
        Optional<BundleKeys.SigningKey> signing = key == null ? Optional.empty() : Optional.of(BundleKeys.readPrivate(key));
        try (Library lib = library.openExisting()) {
            BundleWriter.Created c = BundleWriter.create(lib, out, new BundleWriter.Options(gazette, year, !noOriginals, signing),
                    BundleCommand.progress(err()), () -> false);
            out().println(CliText.get("bundle.created", c.file(), CliText.count(c.manifest().gazetteIssues(), "issue"),
                    CliText.count(c.manifest().notices(), "notice"), c.manifest().originalFiles(), BundleCommand.mb(c.bytes()),
                    signing.map(k -> CliText.get("bundle.signedBy", k.publicLine())).orElse(CliText.get("bundle.unsigned"))));
            return 0;
        }
    }
}
