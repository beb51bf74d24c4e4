// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import org.gazettereader.config.DataHome;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import picocli.CommandLine.Option;

/** {@code --library DIR}, shared by every command that works on a library. */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR", descriptionKey = "library")
    Path library;

    Library open() {
        return new Libraries(DataHome.resolve()).open(library);
    }
}
