// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

/**
 * The version of what turns a file into an issue or a document: the readers, the parsers and the
 * repair passes of this package. The library records it for each issue; a reader whose version is
 * higher parses the kept originals of older issues again at start (bookmarks stay).
 *
 * <p>Raise {@link #CURRENT} with every change that makes a file already imported read differently
 * (a new repair pass, a field found that was missed, a notice split otherwise), and say so in the
 * changelog. A change that reads the same files the same way leaves it alone: a re-parse costs the
 * user a wait at the next start.
 */
public final class ImporterVersion {
    /** 1: the first version recorded (issue 15). Libraries written before it hold 0. */
    public static final int CURRENT = 1;

    private ImporterVersion() {
    }
}
