// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error (exit code 2) as its message in one line, picocli's "did you mean" when it
 * has one, and where the help is. The full usage follows only when a command word was not
 * recognised, because then the list of commands is the help needed; after a bad option value two
 * dozen lines of usage would bury the one line that says what is wrong.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(line.getColorScheme().errorText(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        if (unknownCommand(ex, line)) {
            line.usage(err, line.getColorScheme());
        } else {
            err.println(CliText.get("error.seeHelp", line.getCommandSpec().qualifiedName()));
        }
        err.flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static boolean unknownCommand(ParameterException ex, CommandLine line) {
        return ex instanceof UnmatchedArgumentException u && !line.getSubcommands().isEmpty()
                && u.getUnmatched().stream().noneMatch(a -> a.startsWith("-"));
    }
}
