// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.Consumer;
import org.gazettereader.kiosk.KioskConfig;
import org.gazettereader.kiosk.KioskException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            ReindexCommand.class, CheckCommand.class, BackupCommand.class, ExportCommand.class, KioskCommand.class,
            BenchCommand.class, BundleCommand.class})
public final class GazetteCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "DIR", descriptionKey = "library")
    Path library;

    @Option(names = "--kiosk", descriptionKey = "kiosk")
    boolean kiosk;

    @Option(names = "--kiosk-config", paramLabel = "FILE", descriptionKey = "kioskConfig")
    Path kioskConfig;

    @Spec
    CommandSpec spec;

    private final Consumer<WindowRequest> windowLauncher;

    public GazetteCommand(Consumer<WindowRequest> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    @Override
    public Integer call() {
        Optional<Path> config = Optional.ofNullable(kioskConfig);
        try {
            // A bad kiosk configuration is said here, on the terminal, before any window opens.
            KioskConfig.resolve(config, kiosk, KioskConfig.systemFile());
        } catch (KioskException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        windowLauncher.accept(new WindowRequest(library, kiosk, config));
        return 0;
    }
}
