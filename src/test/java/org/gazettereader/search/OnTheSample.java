// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.nio.file.Path;
import org.gazettereader.library.Library;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests that query one real library holding the sample, built once for the test class. */
abstract class OnTheSample {
    @TempDir
    static Path dir;
    static Library library;

    @BeforeAll
    static void build() throws Exception {
        library = SampleLibrary.open(dir);
    }

    @AfterAll
    static void close() {
        library.close();
    }
}
