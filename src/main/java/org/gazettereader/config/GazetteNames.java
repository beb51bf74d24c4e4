// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.util.Locale;

/**
 * What stands where a gazette's name would go: the gazette's name, or, for a file imported as a
 * single document, the bundle's {@code document.gazette} (单篇文件, "Single document"). Never "null".
 */
public final class GazetteNames {
    static final String DOCUMENT_KEY = "document.gazette";

    private final Messages messages;

    public GazetteNames(Messages messages) {
        this.messages = messages;
    }

    /**
     * Names in Chinese whatever the system language: for the outputs that are Chinese throughout
     * (the command line's issue lines, the exported PDF's running header).
     */
    public static GazetteNames chinese() {
        return new GazetteNames(new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    /** The label of single documents: 单篇文件. */
    public String documents() {
        return messages.get(DOCUMENT_KEY);
    }

    /** {@code gazette}, or the label of single documents when {@code document}; "?" for an issue whose name is unknown. */
    public String name(String gazette, boolean document) {
        if (document) {
            return documents();
        }
        return gazette == null ? "?" : gazette;
    }
}
