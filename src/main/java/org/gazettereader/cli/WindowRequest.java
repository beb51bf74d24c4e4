// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the root command hands the window launcher: the library to open, and whether to run as a
 * public terminal ({@code --kiosk}) with which configuration ({@code --kiosk-config}).
 *
 * @param library     the library folder given, or null for the default library
 * @param kiosk       {@code --kiosk} was given
 * @param kioskConfig the kiosk configuration file given, if any
 * @param bundle      a library bundle to offer to install once the library is open (a .gzb file
 *                    opened from the desktop), if any
 */
public record WindowRequest(Path library, boolean kiosk, Optional<Path> kioskConfig, Optional<Path> bundle) {
    /** The window's JavaFX named parameter that carries {@link #bundle}. */
    public static final String BUNDLE_PARAM = "bundle";

    public WindowRequest {
        kioskConfig = kioskConfig == null ? Optional.empty() : kioskConfig;
        bundle = bundle == null ? Optional.empty() : bundle;
    }

    /** The window's JavaFX named parameters: {@code --library=DIR}, {@code --kiosk=true}, {@code --kiosk-config=FILE}. */
    public String[] parameters() {
        List<String> out = new ArrayList<>();
        if (library != null) {
            out.add("--library=" + library.toAbsolutePath());
        }
        if (kiosk) {
            out.add("--kiosk=true");
        }
        kioskConfig.ifPresent(f -> out.add("--kiosk-config=" + f.toAbsolutePath()));
        bundle.ifPresent(f -> out.add("--" + BUNDLE_PARAM + "=" + f.toAbsolutePath()));
        return out.toArray(String[]::new);
    }
}
