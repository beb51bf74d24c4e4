// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionProviderTest {
    @Test
    void namesThePackagesVersionWhereItDiffersFromTheBuilds() {
        assertThat(VersionProvider.line("0.1.0-SNAPSHOT", "0.1.0")).isEqualTo("gazette-reader 0.1.0-SNAPSHOT (package 0.1.0)");
        assertThat(VersionProvider.line("0.1.0", "0.1.0")).isEqualTo("gazette-reader 0.1.0");
        assertThat(VersionProvider.line("0.1.0-SNAPSHOT", null)).isEqualTo("gazette-reader 0.1.0-SNAPSHOT");
        assertThat(VersionProvider.line("0.1.0-SNAPSHOT", " ")).isEqualTo("gazette-reader 0.1.0-SNAPSHOT");
    }
}
