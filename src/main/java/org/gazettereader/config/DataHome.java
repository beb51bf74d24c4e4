// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-user data folder that holds preferences, logs and the default library.
 *
 * <p>Resolution order: the system property {@value #HOME_PROPERTY}, the environment variable
 * {@value #HOME_ENV}, then the platform convention (XDG on Linux, {@code %APPDATA%} on Windows,
 * {@code ~/Library/Application Support} on macOS). Tests set the property so that they never touch
 * the real folder.
 */
public final class DataHome {
    public static final String HOME_PROPERTY = "gazette.home";
    public static final String HOME_ENV = "GAZETTE_READER_HOME";
    /** File name of {@link #kioskCounters()}. */
    public static final String KIOSK_COUNTERS = "kiosk-counters.json";

    private final Path root;

    public DataHome(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** Resolves the data folder from this process's properties and environment. */
    public static DataHome resolve() {
        return new DataHome(resolve(System.getProperties()::getProperty, System.getenv()));
    }

    static Path resolve(java.util.function.UnaryOperator<String> properties, Map<String, String> env) {
        String explicit = properties.apply(HOME_PROPERTY);
        if (isSet(explicit)) {
            return Path.of(explicit);
        }
        explicit = env.get(HOME_ENV);
        if (isSet(explicit)) {
            return Path.of(explicit);
        }
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        Path userHome = Path.of(String.valueOf(properties.apply("user.home")));
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("GazetteReader");
        }
        // On Linux and macOS, $HOME as the shell and every other program read it: Java's user.home is the
        // account's home from the password database, whatever HOME says.
        String homeEnv = env.get("HOME");
        if (isAbsolute(homeEnv)) {
            userHome = Path.of(homeEnv);
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("GazetteReader");
        }
        // A relative XDG_DATA_HOME is invalid (XDG Base Directory specification) and is ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isAbsolute(xdg) ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("gazette-reader");
    }

    private static boolean isAbsolute(String path) {
        try {
            return isSet(path) && Path.of(path).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    public Path root() {
        return root;
    }

    /** The library used when no {@code --library} is given. */
    public Path defaultLibrary() {
        return root.resolve("library");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Where PDFs go when there is no printer and no file dialog (a kiosk). */
    public Path exports() {
        return root.resolve("exports");
    }

    /** The counters of a public terminal (never in a library folder: a patron session writes nothing there). */
    public Path kioskCounters() {
        return root.resolve(KIOSK_COUNTERS);
    }

    /** Files the reader can make again from what it ships (the bundled font unpacked); safe to delete. */
    public Path cache() {
        return root.resolve("cache");
    }

    public Path preferencesFile() {
        return root.resolve("settings.properties");
    }
}
