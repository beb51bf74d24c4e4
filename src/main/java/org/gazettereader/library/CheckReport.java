// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.util.List;

/**
 * What {@code check} found: what recovery did when the library was opened or checked (mended),
 * things worth knowing that need no repair (notes: files under {@code sources/} the library did
 * not write, a writer at work), and damage that recovery cannot mend, each with how to repair it.
 * Only damage makes the check fail. {@code issues} counts gazette issues, {@code documents} single
 * documents.
 */
public record CheckReport(int issues, int documents, int notices, int indexed, List<String> recovered, List<String> notes,
        List<String> damage) {
    public boolean ok() {
        return damage.isEmpty();
    }
}
