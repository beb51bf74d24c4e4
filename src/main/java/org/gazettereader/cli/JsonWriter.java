// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * The one JSON writer of the command line: every {@code --json} output is a tree built from its
 * nodes and written here, indented, keys in the order they were put. Absent values are written as
 * null, never left out, so that scripts find every documented key.
 */
final class JsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonWriter() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** {@code node} as indented JSON text, without a line end. */
    static String write(JsonNode node) throws JsonProcessingException {
        return MAPPER.writeValueAsString(node);
    }

    /** A date as JSON wants it: ISO {@code 2023-01-31}, or null. */
    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
