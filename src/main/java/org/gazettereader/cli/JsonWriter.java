// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.time.LocalDate;
import org.gazettereader.json.Json;

/**
 * The one JSON writer of the command line: every {@code --json} output is a tree built from
 * {@link Json} values and written here, indented, keys in the order they were put. Absent values are
 * written as null, never left out, so that scripts find every documented key.
 */
final class JsonWriter {
    private JsonWriter() {
    }

    /** {@code node} as indented JSON text, without a line end. */
    static String write(Json node) {
        return node.write();
    }

    /** A date as JSON wants it: ISO {@code 2023-01-31}, or null. */
    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
