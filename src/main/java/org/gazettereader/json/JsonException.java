// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.json;

import java.io.IOException;

/** Text that is not the JSON expected: the message says where (line and column) and why. */
public final class JsonException extends IOException {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message);
    }
}
