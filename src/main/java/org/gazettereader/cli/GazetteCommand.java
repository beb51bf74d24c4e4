// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Unmatched;
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

    /**
     * Words that are neither a command nor an option. One that names a library bundle (a .gzb file,
     * as the desktop hands it over when one is opened: a path or a file: URI) is installed from the
     * window; anything else is the usage error an unknown command word always was, with picocli's
     * "did you mean" and the list of commands.
     */
    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final Consumer<WindowRequest> windowLauncher;

    public GazetteCommand(Consumer<WindowRequest> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    @Override
    public Integer call() {
        Optional<Path> config = Optional.ofNullable(kioskConfig);
        Optional<String> bad = kioskProblem(config, kiosk);
        if (bad.isPresent()) {
            spec.commandLine().getErr().println(bad.get());
            return 1;
        }
        Optional<Path> toInstall = Optional.empty();
        if (!unmatched.isEmpty()) {
            String bundle = unmatched.get(0);
            if (unmatched.size() > 1 && unmatched.stream().allMatch(GazetteCommand::looksLikeBundle)) {
                throw new ParameterException(spec.commandLine(), CliText.get("bundleFile.oneAtATime", String.join(", ", unmatched)));
            }
            if (unmatched.size() > 1 || !looksLikeBundle(bundle)) {
                throw new UnmatchedArgumentException(spec.commandLine(), unmatched);
            }
            try {
                toInstall = Optional.of(bundleFile(bundle, kiosk || config.isPresent()));
            } catch (IllegalArgumentException e) {
                // A usage error, shown as picocli shows one: the message, and where the help is.
                throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, bundle);
            }
        }
        windowLauncher.accept(new WindowRequest(library, kiosk, config, toInstall));
        return 0;
    }

    /** Opens the window {@code request} asks for, unless its kiosk configuration is bad (then 1, said on {@code err}). */
    static int openWindow(WindowRequest request, java.io.PrintWriter err, Consumer<WindowRequest> windowLauncher) {
        Optional<String> bad = kioskProblem(request.kioskConfig(), request.kiosk());
        if (bad.isPresent()) {
            err.println(bad.get());
            return 1;
        }
        windowLauncher.accept(request);
        return 0;
    }

    /** A bad kiosk configuration is said on the terminal, before any window opens. */
    private static Optional<String> kioskProblem(Optional<Path> config, boolean kiosk) {
        try {
            KioskConfig.resolve(config, kiosk, KioskConfig.systemFile());
            return Optional.empty();
        } catch (KioskException e) {
            return Optional.of("error: " + e.getMessage());
        }
    }

    /** A word the desktop could hand over for a bundle: a .gzb name, or a file: URI. */
    public static boolean looksLikeBundle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !word.startsWith("-") && (lower.endsWith(".gzb") || lower.startsWith("file:"));
    }

    /** The bundle the window is to offer to install, checked before any window opens. */
    static Path bundleFile(String given, boolean kiosk) {
        Path file;
        try {
            // A file: URI as desktops pass it (any case of the scheme; a space some pass unescaped).
            file = given.regionMatches(true, 0, "file:", 0, 5)
                    ? Path.of(URI.create(URI.create("file:" + given.substring(5).replace(" ", "%20")).toASCIIString()))
                    : Path.of(given);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException(CliText.get("bundleFile.notAPath", given), e);
        }
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".gzb")) {
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
