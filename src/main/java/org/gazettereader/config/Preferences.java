// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Application preferences (window geometry, theme, font size, language) kept in a properties file
 * in the data folder. Written atomically: a crash while saving never leaves a half-written file.
 */
public final class Preferences {
    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    /** Loads the file if it exists; a missing file gives empty preferences. */
    public static Preferences load(Path file) {
        Preferences prefs = new Preferences(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                prefs.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file must not stop the reader from starting: start from defaults.
                prefs.values.clear();
            }
        }
        return prefs;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        String v = values.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public void put(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    /**
     * Writes to a temporary file and moves it over the old one; one writer at a time (the window's close
     * and the JVM's end by a signal may meet).
     */
    public synchronized void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Gazette Reader preferences");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save preferences to " + file, e);
        }
    }
}
