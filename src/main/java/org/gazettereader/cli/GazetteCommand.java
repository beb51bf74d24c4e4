// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.Consumer;
import org.gazettereader.kiosk.KioskConfig;
import org.gazettereader.kiosk.KioskException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
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

    /** A library bundle to install: what the desktop hands over when a .gzb file is opened (a path or a file: URI). */
    @Parameters(arity = "0..1", paramLabel = "BUNDLE.gzb", descriptionKey = "bundleFile")
    String bundle;

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
        Optional<Path> toInstall = Optional.empty();
        if (bundle != null) {
            try {
                toInstall = Optional.of(bundleFile(bundle, kiosk || config.isPresent()));
            } catch (IllegalArgumentException e) {
                // A usage error, shown as picocli shows one (the message, then the usage).
                throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, bundle);
            }
        }
        windowLauncher.accept(new WindowRequest(library, kiosk, config, toInstall));
        return 0;
    }

    /** The bundle the window is to offer to install, checked before any window opens. */
    static Path bundleFile(String given, boolean kiosk) {
        Path file;
        try {
            file = given.startsWith("file:") ? Path.of(URI.create(given)) : Path.of(given);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException(CliText.get("bundleFile.notAPath", given), e);
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gzb")) {
            throw new IllegalArgumentException(CliText.get("bundleFile.notABundle", given));
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(CliText.get("bundleFile.missing", file));
        }
        if (kiosk) {
            throw new IllegalArgumentException(CliText.get("bundleFile.kiosk", file));
        }
        return file.toAbsolutePath().normalize();
    }
}
