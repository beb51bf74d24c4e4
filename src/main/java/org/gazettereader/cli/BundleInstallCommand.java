// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import org.gazettereader.bundle.BundleInstaller;
import org.gazettereader.config.DataHome;
import org.gazettereader.library.Libraries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bundle install FILE [--library DIR] [--trust PUBKEY] [--merge] [--keep-previous]}. */
@Command(name = "install", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BundleInstallCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "bundle.file")
    Path file;

    @Option(names = "--library", paramLabel = "DIR", descriptionKey = "library")
    Path library;

    @Option(names = "--trust", paramLabel = "PUBKEY", descriptionKey = "bundle.trust")
    String trust;

    @Option(names = "--merge", descriptionKey = "bundle.install.merge")
    boolean merge;

    @Option(names = "--keep-previous", descriptionKey = "bundle.install.keepPrevious")
    boolean keepPrevious;

    @Override
    public Integer call() {
        if (merge && keepPrevious) {
            throw usageError(CliText.get("bundle.install.mergeKeep"));
        }
        Path folder = new Libraries(DataHome.resolve()).resolve(library);
        BundleInstaller.Installed r = BundleInstaller.install(file, folder, BundleCommand.trust(trust),
                new BundleInstaller.Options(merge, keepPrevious), BundleCommand.progress(err()), () -> false);
        if (r.merged()) {
            out().println(CliText.get("bundle.merged", r.library(), CliText.count(r.added(), "issue"), r.duplicates(),
                    r.failed().size()));
            r.failed().forEach(f -> err().println(CliText.get("bundle.failed", f)));
            return r.failed().isEmpty() ? 0 : 1;
        }
        out().println(CliText.get("bundle.installed", r.library(), CliText.count(r.manifest().gazetteIssues(), "issue"),
                CliText.count(r.manifest().notices(), "notice"), r.previousKept() == null ? CliText.get("bundle.previousRemoved")
                        : CliText.get("bundle.previousKept", r.previousKept())));
        return 0;
    }
}
