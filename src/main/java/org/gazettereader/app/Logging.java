// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import org.gazettereader.config.DataHome;

/** Points the rolling log file of {@code logback.xml} at the data folder before the first logger exists. */
final class Logging {
    static final String LOG_DIR_PROPERTY = "gazette.logdir";

    private Logging() {
    }

    static void configure(DataHome home) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, home.logs().toString());
        }
    }
}
