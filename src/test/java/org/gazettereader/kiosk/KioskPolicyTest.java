// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one list of what a kiosk allows: reading surface only, printing by configuration, everything else denied. */
class KioskPolicyTest {
    private static KioskSettings printing(boolean allowed) {
        KioskSettings d = KioskSettings.defaults(true);
        return new KioskSettings(true, Optional.empty(), "", d.idleSeconds(), d.warningSeconds(), allowed,
                d.pagesPerSession(), d.pagesPerDay(), false, Optional.empty(), d.textScale(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aKioskAllowsReadingAndDeniesWhatLeavesTheReadingSurface() {
        KioskPolicy p = new KioskPolicy(printing(true));
        assertThat(p.allows("read-find")).isTrue();
        assertThat(p.allows("view-zoom-in")).isTrue();
        assertThat(p.allows("file-print")).isTrue();
        for (String id : new String[] {"file-import", "file-import-folder", "file-exit", "view-full-screen", "help-about",
            "some-action-added-later", "", null}) {
            assertThat(p.allows(id)).as(String.valueOf(id)).isFalse();
        }
        KioskPolicy noPrint = new KioskPolicy(printing(false));
        assertThat(noPrint.allows("file-print")).isFalse();
        assertThat(noPrint.allows("file-basket")).isFalse();
        assertThat(noPrint.allows("read-find")).isTrue();
    }

    @Test
    void theDesktopReaderAllowsEverything() {
        KioskPolicy p = new KioskPolicy(KioskSettings.off());
        assertThat(p.allows("file-exit")).isTrue();
        assertThat(p.allows("file-import")).isTrue();
    }

    /** Each id of the window's actions is decided on purpose: in one of the lists, and no list names an id the window lacks. */
    @Test
    void everyActionOfTheWindowIsNamedInTheLists() throws Exception {
        String actions = Files.readString(Path.of("src/main/java/org/gazettereader/ui/ShellActions.java"));
        Matcher m = Pattern.compile("new AppAction\\(\"([a-z-]+)\"").matcher(actions);
        Set<String> ids = new TreeSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(15);
        Set<String> listed = new TreeSet<>(KioskPolicy.READING);
        listed.addAll(KioskPolicy.PRINTING);
        listed.addAll(KioskPolicy.NEVER);
        assertThat(listed).isEqualTo(ids);
    }
}
