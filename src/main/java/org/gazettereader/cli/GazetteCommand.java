// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command: without a subcommand it opens the reader window through the launcher that
 * {@code app} hands in, so that this package never depends on the user interface.
 */
@Command(name = "gazette-reader",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "org.gazettereader.i18n.cli",
        sortOptions = false,
        subcommands = {ParseCommand.class, ImportCommand.class, ListCommand.class, SearchCommand.class,
            ReindexCommand.class, CheckCommand.class, BackupCommand.class, ExportCommand.class, BenchCommand.class,
            BundleCommand.class})
public final class GazetteCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "DIR", descriptionKey = "library")
    Path library;

    private final Consumer<Path> windowLauncher;

    public GazetteCommand(Consumer<Path> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    @Override
    public Integer call() {
        windowLauncher.accept(library);
        return 0;
    }
}
