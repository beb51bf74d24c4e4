// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import javafx.application.Application;
import org.gazettereader.cli.Cli;
import org.gazettereader.config.DataHome;

/**
 * Entry point of {@code java -jar gazette-reader.jar}. It must not extend {@link Application}:
 * with JavaFX on the class path the launcher refuses such a main class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DataHome home = DataHome.resolve();
        Logging.configure(home);
        int code = new Cli(Main::launchWindow).run(System.out, System.err, args);
        if (code != 0) {
            System.exit(code);
        }
    }

    private static void launchWindow(Path library) {
        Application.launch(GazetteApp.class, library == null ? new String[0]
                : new String[] {"--library=" + library.toAbsolutePath()});
    }
}
