// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.application.Application;
import org.gazettereader.cli.Cli;
import org.gazettereader.cli.WindowRequest;
import org.gazettereader.config.DataHome;

/**
 * Entry point of {@code java -jar gazette-reader.jar}. It must not extend {@link Application}:
 * with JavaFX on the class path the launcher refuses such a main class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // First, before anything reads a path: under the C locale the program runs in a UTF-8 child.
        Optional<String[]> inherited = Utf8Relaunch.inheritedArguments();
        if (inherited.isEmpty()) {
            // The window on Linux runs with a private GTK data folder: set here where the installed app
            // can, else that, too, needs a child.
            Map<String, String> gtk = GtkRecentList.childEnvironment(args);
            OptionalInt child = Utf8Relaunch.runInUtf8Child(args, gtk);
            if (child.isEmpty() && !gtk.isEmpty() && !GtkRecentList.keepHere(gtk)) {
                child = Utf8Relaunch.runInChild(args, gtk);
            }
            if (child.isPresent()) {
                System.exit(child.getAsInt());
            }
        }
        DataHome home = DataHome.resolve();
        Logging.configure(home);
        int code = new Cli(Main::launchWindow).run(System.out, System.err, inherited.orElse(args));
        if (code != 0) {
            System.exit(code);
        }
    }

    private static void launchWindow(WindowRequest request) {
        // Before JavaFX starts, so its own dialog buttons and hints follow the window's language.
        InterfaceLanguage.apply();
        Path gtkData = GtkRecentList.current();
        if (gtkData != null) {
            org.slf4j.LoggerFactory.getLogger(Main.class).info("GTK's recently used list is kept in {} (process {})", gtkData,
                    ProcessHandle.current().pid());
            // At every end but a kill -9 (and the next start empties it then).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> GtkRecentList.forget(gtkData), "gazette-gtk-recent-forget"));
        }
        try {
            Application.launch(GazetteApp.class, request.parameters());
        } catch (RuntimeException e) {
            throw startFailure(e);
        }
    }

    /**
     * What made the window fail to start: JavaFX wraps an exception from the application's start in
     * one of its own ("Exception in Application start method"), which was all the command line printed.
     */
    static RuntimeException startFailure(RuntimeException launch) {
        Throwable cause = launch.getCause();
        if (launch.getClass() == RuntimeException.class && cause instanceof RuntimeException r) {
            return r;
        }
        return launch;
    }
}
