// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --json}, shared by the commands that print either text or JSON. A command can word the
 * option its own way with the bundle key {@code <qualified command name>.json}.
 */
final class JsonOption {
    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Whether the user asked for JSON. */
    boolean wanted() {
        return json;
    }

    /** Prints {@code node} on the command's output, on lines of its own. */
    void print(Json node) {
        command.commandLine().getOut().println(JsonWriter.write(node));
    }
}
