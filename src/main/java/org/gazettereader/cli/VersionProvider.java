// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.config.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the version that Maven wrote into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"gazette-reader " + AppVersion.get()};
    }
}
