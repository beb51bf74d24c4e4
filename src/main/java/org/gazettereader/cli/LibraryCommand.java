// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import picocli.CommandLine.Mixin;

/** A command that works on a library: {@code --library DIR}, opened through {@link LibraryOption}. */
abstract class LibraryCommand extends CliCommand {
    @Mixin
    LibraryOption library;
}
