// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the command line and runs it. Output and errors are written as UTF-8 whatever the
 * platform's default charset, so Chinese never turns into question marks in a POSIX locale.
 */
public final class Cli {
    private final Consumer<WindowRequest> windowLauncher;

    /** {@code windowLauncher} opens the window when no command is given (app hands it in; tests record it). */
    public Cli(Consumer<WindowRequest> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    /** Runs {@code args} and returns the exit code: 0 success, 1 failure, 2 usage error. */
    public int run(OutputStream out, OutputStream err, String... args) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        java.util.Optional<WindowRequest> window = WindowArguments.plain(args);
        if (window.isPresent()) {
            try {
                return GazetteCommand.openWindow(window.get(), e, windowLauncher);
            } catch (RuntimeException ex) {
                e.println(CliText.describe(ex));
                return 1;
            } finally {
                o.flush();
                e.flush();
            }
        }
        CommandLine cmd = commandLine();
        cmd.setOut(o);
        cmd.setErr(e);
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        // The root collects unknown words (for a .gzb), but only where no command follows them:
        // "bogus list" or "X.gzb list" is the usage error it always was, not a quiet "list".
        cmd.setExecutionStrategy(parsed -> {
            boolean elsewhere = parsed.hasSubcommand() || parsed.isVersionHelpRequested() || parsed.isUsageHelpRequested();
            if (elsewhere && !parsed.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(cmd, parsed.unmatched());
            }
            libraryBeforeTheCommand(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println(line.getColorScheme().errorText(CliText.describe(ex)));
            return 1;
        });
        try {
            return cmd.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    /**
     * {@code gazette-reader --library DIR list}: the root's {@code --library}, given before the
     * command, goes to the command (it was silently ignored, and the command listed or even created
     * the default library). Given to a command that works on no library, or given twice, it is a
     * usage error.
     */
    private static void libraryBeforeTheCommand(CommandLine.ParseResult root) {
        CommandLine.Model.OptionSpec given = root.matchedOption("--library");
        if (given == null || !root.hasSubcommand()) {
            return;
        }
        CommandLine.ParseResult last = root;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandLine.Model.OptionSpec own = last.commandSpec().findOption("--library");
        if (own == null) {
            throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
                    CliText.get("library.notForCommand", last.commandSpec().qualifiedName()));
        }
        if (last.hasMatchedOption("--library")) {
            throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
                    CliText.get("library.twice", last.commandSpec().qualifiedName()));
        }
        own.setValue(given.getValue());
    }

    CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new GazetteCommand(windowLauncher));
        // Only the root collects words it does not know (a .gzb to install); picocli hands that
        // setting down to the subcommands, whose unknown words and options must stay usage errors.
        strict(cmd.getSubcommands().values());
        return cmd;
    }

    private static void strict(java.util.Collection<CommandLine> commands) {
        for (CommandLine c : commands) {
            c.setUnmatchedArgumentsAllowed(false);
            strict(c.getSubcommands().values());
        }
    }
}
