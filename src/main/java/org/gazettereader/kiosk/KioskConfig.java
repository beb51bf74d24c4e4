// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gazettereader.bundle.BundleException;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.library.LibraryFolders;

/**
 * Reads a terminal's kiosk configuration ({@code kiosk.properties}) into {@link KioskSettings}.
 * The file is the administrator's: it lives where a patron cannot change it (see
 * {@link #systemFile(UnaryOperator, Map)}), every key is optional, an empty value means the
 * default, and any bad value or unknown key stops the start with one message that names the file,
 * the key and the value. The README's "Public terminal" section documents each key.
 */
public final class KioskConfig {
    public static final String FILE_NAME = "kiosk.properties";
    public static final String SYSTEM_FILE_PROPERTY = "gazette.kioskConfig";

    public static final String KIOSK = "kiosk";
    public static final String LIBRARY = "library";
    public static final String TERMINAL_NAME = "terminal.name";
    public static final String IDLE_SECONDS = "idle.seconds";
    public static final String IDLE_WARNING_SECONDS = "idle.warning.seconds";
    public static final String PRINT_ALLOWED = "print.allowed";
    public static final String PAGES_PER_SESSION = "print.pages.per.session";
    public static final String PAGES_PER_DAY = "print.pages.per.day";
    public static final String PDF_SAVE_ALLOWED = "pdf.save.allowed";
    public static final String PDF_FOLDER = "pdf.folder";
    public static final String TEXT_SCALE = "text.scale";
    public static final String THEME = "theme";
    public static final String LANGUAGE = "language";
    public static final String ADMIN_PIN_HASH = "admin.pin.hash";
    public static final String WATCH_FOLDER = "watch.folder";
    public static final String BUNDLE_TRUST = "bundle.trust";

    /** Every key, in the order {@link #describe(KioskSettings)} lists them. */
    public static final List<String> KEYS = List.of(KIOSK, LIBRARY, TERMINAL_NAME, IDLE_SECONDS, IDLE_WARNING_SECONDS,
            PRINT_ALLOWED, PAGES_PER_SESSION, PAGES_PER_DAY, PDF_SAVE_ALLOWED, PDF_FOLDER, TEXT_SCALE, THEME, LANGUAGE,
            ADMIN_PIN_HASH, WATCH_FOLDER, BUNDLE_TRUST);

    static final int MAX_IDLE_SECONDS = 24 * 3600;
    static final int MAX_WARNING_SECONDS = 600;
    static final int MAX_PAGES = 100_000;
    static final int MAX_TERMINAL_NAME = 60;
    static final Set<String> THEMES = Set.of("LIGHT", "DARK", "HIGH_CONTRAST");
    static final Set<String> LANGUAGES = Set.of("zh", "en");

    /** The settings with where they came from: a file, or none (every default). */
    public record Loaded(KioskSettings settings, Optional<Path> file) {
    }

    private KioskConfig() {
    }

    /**
     * Where an administrator keeps the configuration on this kind of system:
     * {@code /etc/gazette-reader/kiosk.properties} on Linux and other Unixes,
     * {@code %ProgramData%\GazetteReader\kiosk.properties} on Windows,
     * {@code /Library/Application Support/GazetteReader/kiosk.properties} on macOS.
     *
     * @param properties the system properties ({@code os.name})
     * @param env        the environment ({@code ProgramData} on Windows)
     */
    public static Path systemFile(UnaryOperator<String> properties, Map<String, String> env) {
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String programData = env.get("ProgramData");
            if (programData == null || programData.isBlank()) {
                programData = env.getOrDefault("PROGRAMDATA", "C:\\ProgramData");
            }
            return Path.of(programData, "GazetteReader", FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of("/Library", "Application Support", "GazetteReader", FILE_NAME);
        }
        return Path.of("/etc", "gazette-reader", FILE_NAME);
    }

    /**
     * {@link #systemFile(UnaryOperator, Map)} for this process, or the file the system property
     * {@value #SYSTEM_FILE_PROPERTY} names (tests set it, as they set the data folder, so that they
     * never read the machine's own configuration).
     */
    public static Path systemFile() {
        String given = System.getProperty(SYSTEM_FILE_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        return systemFile(System.getProperties()::getProperty, System.getenv());
    }

    /**
     * The settings in force: those of {@code explicit} when given (which must exist), else those of
     * {@code systemFile} when it exists, else every default with kiosk mode off; {@code kioskFlag}
     * ({@code --kiosk}) turns kiosk mode on whatever the file says.
     */
    public static Loaded resolve(Optional<Path> explicit, boolean kioskFlag, Path systemFile) {
        Loaded loaded;
        if (explicit.isPresent()) {
            Path f = explicit.get().toAbsolutePath();
            if (!Files.isRegularFile(f)) {
                throw new KioskException(Files.isDirectory(f) ? "kiosk.config.isFolder" : "kiosk.config.missing",
                        f.toString());
            }
            loaded = new Loaded(load(f), Optional.of(f));
        } else if (Files.isRegularFile(systemFile)) {
            loaded = new Loaded(load(systemFile), Optional.of(systemFile));
        } else {
            loaded = new Loaded(KioskSettings.off(), Optional.empty());
        }
        return kioskFlag ? new Loaded(loaded.settings().withEnabled(true), loaded.file()) : loaded;
    }

    /** Reads {@code file}; throws a {@link KioskException} naming the file, key and value of the first bad value. */
    public static KioskSettings load(Path file) {
        Properties p = new Properties();
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder())) {
            p.load(in);
        } catch (CharacterCodingException e) {
            throw new KioskException(new KioskException.Text("kiosk.config.unreadable", file.toString(),
                    new KioskException.Text("kiosk.config.reason.notUtf8")), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new KioskException(new KioskException.Text("kiosk.config.unreadable", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        return parse(file, p);
    }

    static KioskSettings parse(Path file, Properties p) {
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            if (!KEYS.contains(key)) {
                throw bad(file, key, p.getProperty(key), "kiosk.config.reason.unknownKey");
            }
        }
        Values v = new Values(file, p);
        KioskSettings d = KioskSettings.defaults(false);
        boolean enabled = v.bool(KIOSK, false);
        Optional<Path> library = v.path(LIBRARY);
        String terminal = v.text(TERMINAL_NAME).orElse(d.terminalName());
        if (terminal.length() > MAX_TERMINAL_NAME || terminal.chars().anyMatch(Character::isISOControl)) {
            throw bad(file, TERMINAL_NAME, terminal, "kiosk.config.reason.terminalName", Integer.toString(MAX_TERMINAL_NAME));
        }
        int idle = v.integer(IDLE_SECONDS, d.idleSeconds(), 1, MAX_IDLE_SECONDS);
        int warning = v.integer(IDLE_WARNING_SECONDS, d.warningSeconds(), KioskSettings.MIN_WARNING_SECONDS,
                MAX_WARNING_SECONDS);
        boolean print = v.bool(PRINT_ALLOWED, d.printAllowed());
        int perSession = v.integer(PAGES_PER_SESSION, d.pagesPerSession(), 0, MAX_PAGES);
        int perDay = v.integer(PAGES_PER_DAY, d.pagesPerDay(), 0, MAX_PAGES);
        boolean savePdf = v.bool(PDF_SAVE_ALLOWED, d.savePdfAllowed());
        Optional<Path> pdfFolder = v.path(PDF_FOLDER);
        if (savePdf && pdfFolder.isEmpty()) {
            throw bad(file, PDF_FOLDER, "", "kiosk.config.reason.pdfFolderNeeded", PDF_SAVE_ALLOWED);
        }
        if (pdfFolder.isPresent()) {
            Optional<Path> holder = LibraryFolders.holding(pdfFolder.get(), library.map(List::of).orElse(List.of()));
            if (holder.isPresent()) {
                throw bad(file, PDF_FOLDER, p.getProperty(PDF_FOLDER).strip(), "kiosk.config.reason.pdfInLibrary",
                        holder.get().toString());
            }
        }
        double scale = v.decimal(TEXT_SCALE, d.textScale(), 0.5, 4);
        Optional<String> theme = v.text(THEME).map(t -> {
            String name = t.toUpperCase(Locale.ROOT).replace('-', '_');
            if (!THEMES.contains(name)) {
                throw bad(file, THEME, t, "kiosk.config.reason.theme");
            }
            return name;
        });
        Optional<String> language = v.text(LANGUAGE).map(l -> {
            String tag = l.toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(tag)) {
                throw bad(file, LANGUAGE, l, "kiosk.config.reason.language");
            }
            return tag;
        });
        Optional<String> pin = v.text(ADMIN_PIN_HASH).map(h -> {
            if (PinHash.parse(h).isEmpty()) {
                throw bad(file, ADMIN_PIN_HASH, h, "kiosk.config.reason.pinHash");
            }
            return h;
        });
        Optional<Path> watch = v.path(WATCH_FOLDER);
        Optional<String> trust = v.text(BUNDLE_TRUST).map(t -> {
            try {
                BundleKeys.parsePublic(t);
            } catch (BundleException e) {
                throw bad(file, BUNDLE_TRUST, t, "kiosk.config.reason.bundleTrust");
            }
            return t;
        });
        return new KioskSettings(enabled, library, terminal, idle, warning, print, perSession, perDay, savePdf, pdfFolder,
                scale, theme, language, pin, watch, trust);
    }

    /** The values of {@code settings} by key, as {@code show-config} prints them (the PIN hash only as set or not). */
    public static Map<String, String> describe(KioskSettings s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(KIOSK, Boolean.toString(s.enabled()));
        out.put(LIBRARY, s.library().map(Path::toString).orElse(""));
        out.put(TERMINAL_NAME, s.terminalName());
        out.put(IDLE_SECONDS, Integer.toString(s.idleSeconds()));
        out.put(IDLE_WARNING_SECONDS, Integer.toString(s.warningSeconds()));
        out.put(PRINT_ALLOWED, Boolean.toString(s.printAllowed()));
        out.put(PAGES_PER_SESSION, Integer.toString(s.pagesPerSession()));
        out.put(PAGES_PER_DAY, Integer.toString(s.pagesPerDay()));
        out.put(PDF_SAVE_ALLOWED, Boolean.toString(s.savePdfAllowed()));
        out.put(PDF_FOLDER, s.pdfFolder().map(Path::toString).orElse(""));
        out.put(TEXT_SCALE, String.format(Locale.ROOT, "%.2f", s.textScale()).replaceAll("0$", ""));
        out.put(THEME, s.theme().map(t -> t.toLowerCase(Locale.ROOT).replace('_', '-')).orElse(""));
        out.put(LANGUAGE, s.language().orElse(""));
        out.put(ADMIN_PIN_HASH, s.adminPinHash().isPresent() ? "set" : "");
        out.put(WATCH_FOLDER, s.watchFolder().map(Path::toString).orElse(""));
        out.put(BUNDLE_TRUST, s.bundleTrust().orElse(""));
        return out;
    }

    /**
     * Sets {@code key} to {@code value} in the file, keeping every other line (comments, order,
     * other keys) as it is: the first line that sets the key is replaced and any later ones removed,
     * or a line is added at the end. The file is replaced whole (a new file beside it, then moved
     * over it) keeping its POSIX permissions, so that it is never half-written; it is created when
     * missing.
     */
    public static void setValue(Path file, String key, String value) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            List<String> out = new ArrayList<>();
            boolean done = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (setsKey(line, key)) {
                    // A value continued on the next lines (ending in a backslash) goes with it.
                    while (line.endsWith("\\") && i + 1 < lines.size()) {
                        line = lines.get(++i);
                    }
                    if (!done) {
                        out.add(key + "=" + value);
                        done = true;
                    }
                } else {
                    out.add(line);
                }
            }
            if (!done) {
                out.add(key + "=" + value);
            }
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            try {
                Files.write(tmp, out, StandardCharsets.UTF_8);
                PosixFileAttributeView was = Files.exists(file)
                        ? Files.getFileAttributeView(file, PosixFileAttributeView.class) : null;
                PosixFileAttributeView now = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
                if (was != null && now != null) {
                    now.setPermissions(was.readAttributes().permissions());
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new KioskException(new KioskException.Text("kiosk.config.cannotWrite", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Whether a properties line sets {@code key} ({@code key=…}, {@code key = …}, {@code key:…}, {@code key …}). */
    private static boolean setsKey(String line, String key) {
        String t = line.stripLeading();
        if (!t.startsWith(key) || t.startsWith("#") || t.startsWith("!")) {
            return false;
        }
        if (t.length() == key.length()) {
            return true;
        }
        char next = t.charAt(key.length());
        return next == '=' || next == ':' || Character.isWhitespace(next);
    }

    private static KioskException bad(Path file, String key, String value, String reasonKey, Object... reasonArgs) {
        return new KioskException("kiosk.config.bad", file.toString(), key, value,
                new KioskException.Text(reasonKey, reasonArgs));
    }

    /** Typed reading of the values, each failure naming the file, the key and the value. */
    private record Values(Path file, Properties p) {
        Optional<String> text(String key) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
        }

        boolean bool(String key, boolean otherwise) {
            return text(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw bad(file, key, v, "kiosk.config.reason.boolean");
            }).orElse(otherwise);
        }

        int integer(String key, int otherwise, int min, int max) {
            return text(key).map(v -> {
                if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
                    throw bad(file, key, v, "kiosk.config.reason.integer", Integer.toString(min), Integer.toString(max));
                }
                return Integer.parseInt(v);
            }).orElse(otherwise);
        }

        double decimal(String key, double otherwise, double min, double max) {
            return text(key).map(v -> {
                double d;
                try {
                    d = v.matches("[0-9]+(\\.[0-9]+)?") ? Double.parseDouble(v) : Double.NaN;
                } catch (NumberFormatException e) {
                    d = Double.NaN;
                }
                if (!(d >= min && d <= max)) {
                    throw bad(file, key, v, "kiosk.config.reason.decimal", Double.toString(min), Double.toString(max));
                }
                return d;
            }).orElse(otherwise);
        }

        Optional<Path> path(String key) {
            return text(key).map(v -> {
                Path path;
                try {
                    path = Path.of(v);
                } catch (InvalidPathException e) {
                    throw bad(file, key, v, "kiosk.config.reason.path");
                }
                if (!path.isAbsolute()) {
                    throw bad(file, key, v, "kiosk.config.reason.path");
                }
                return path.normalize();
            });
        }
    }
}
