// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.file.Path;
import java.util.List;

/** Reads one kind of file into the common line model. */
public interface SourceReader {
    List<SourceLine> read(Path file, byte[] bytes) throws ImportException;
}
