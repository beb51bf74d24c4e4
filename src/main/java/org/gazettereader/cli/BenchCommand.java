// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import picocli.CommandLine.Command;

/** {@code bench …}: one subcommand per figure the issues ask for. */
@Command(name = "bench", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli",
        subcommands = {BenchParseCommand.class, BenchCorpusCommand.class, BenchImportCommand.class,
            BenchSearchCommand.class, BenchPaginateCommand.class, BenchStartupCommand.class,
            BenchExportCommand.class, BenchBundleCommand.class})
public final class BenchCommand {
}
