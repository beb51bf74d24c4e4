// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.util.Locale;

/**
 * What stands where a gazette's name would go: the gazette's name, or, for a file imported as a
 * single document, the bundle's {@code document.gazette} (单篇文件, "Single document"). Never "null".
 */
public final class GazetteNames {
    static final String DOCUMENT_KEY = "document.gazette";
    static final String ISSUE_KEY = "issue.label";
    static final String WHERE_KEY = "issue.where";

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

    /**
     * An issue key ("2023/2", as the index stores it and the issue filter searches by) as a person
     * reads it: 2023年第2期 ("2023, No. 2"). A key of another shape is shown as it is; null gives "".
     */
    public String issue(String issueKey) {
        if (issueKey == null) {
            return "";
        }
        int slash = issueKey.indexOf('/');
        if (slash <= 0 || slash == issueKey.length() - 1) {
            return issueKey;
        }
        return messages.get(ISSUE_KEY, issueKey.substring(0, slash), issueKey.substring(slash + 1));
    }

    /**
     * Where a notice stands: its gazette with year and issue (吕梁市人民政府公报 2023年第1期), or the
     * label of single documents; so two notices of the same title in two issues read apart.
     */
    public String where(String gazette, String issueKey, boolean document) {
        if (document || issueKey == null) {
            return name(gazette, document);
        }
        return messages.get(WHERE_KEY, name(gazette, false), issue(issueKey));
    }
}
