// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.config.AppVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * Prints the version that Maven wrote into {@code version.properties}, and the installed package's
 * version (which the launchers pass as {@value #PACKAGE_PROPERTY}) where that differs, as it does for
 * a snapshot build ({@code 0.1.0-SNAPSHOT}, packaged as {@code 0.1.0}): what {@code dpkg -l} shows
 * is then on the screen too.
 */
public final class VersionProvider implements IVersionProvider {
    static final String PACKAGE_PROPERTY = "jpackage.app-version";

    @Override
    public String[] getVersion() {
        return new String[] {line(AppVersion.get(), System.getProperty(PACKAGE_PROPERTY))};
    }

    static String line(String build, String packaged) {
        return packaged == null || packaged.isBlank() || packaged.equals(build) ? "gazette-reader " + build
                : "gazette-reader " + build + " (package " + packaged + ")";
    }
}
