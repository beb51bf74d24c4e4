// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gazettereader.bundle.BundleException;
import org.gazettereader.bundle.BundleInstaller;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.bundle.BundleVerifier;
import org.gazettereader.bundle.Manifest;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.library.Database;

/**
 * The watch folder of a public terminal ({@code watch.folder}, a USB stick or a share): checked
 * after each idle reset, between patrons. The newest {@code .gzb} that is newer than the library
 * installed here (its manifest's creation time against the library file's time, and against the
 * last bundle installed in this run) and that was not tried before is verified against the trusted
 * key ({@code bundle.trust}) while the terminal stays usable, then installed in place of the library
 * with the reader closed, and the read-only library is opened again. An unsigned bundle, one signed
 * by another key or a damaged one is never installed: it is refused, and the next newest is tried.
 * Without a trusted key nothing is installed. {@link #statusProperty()} says the last result for
 * the administrator's panel.
 */
public final class BundleWatch {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Messages m;
    private final KioskLibrary library;
    private final Supplier<KioskSettings> settings;
    private final ReadOnlyStringWrapper status;
    private final Set<String> tried = new HashSet<>();
    private Clock clock;
    private boolean checking;
    private boolean reported;
    private volatile Instant installed = Instant.MIN;

    public BundleWatch(Messages m, KioskLibrary library, Supplier<KioskSettings> settings, Clock clock) {
        this.m = m;
        this.library = library;
        this.settings = settings;
        this.clock = clock;
        this.status = new ReadOnlyStringWrapper(m.get("kiosk.bundle.none"));
    }

    /** The last result: installed (what, when), refused (what, why), or why nothing is checked. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** A bundle in the folder with what its manifest says (null when it cannot be read: it is tried and refused). */
    private record Candidate(Path file, String key, Instant created) {
    }

    /** What a look at the folder found: a verified bundle to install (or none), and the refusals on the way. */
    private record Look(Candidate verified, Manifest manifest, List<String> refused, boolean nothingNew) {
    }

    /** Checks the watch folder (called after an idle reset, on the JavaFX thread; the work runs on the library's thread). */
    public void check() {
        KioskSettings s = settings.get();
        if (s.watchFolder().isEmpty()) {
            status.set(m.get("kiosk.bundle.noFolder"));
            return;
        }
        if (s.bundleTrust().isEmpty()) {
            status.set(m.get("kiosk.bundle.noTrust"));
            return;
        }
        if (checking) {
            return;
        }
        checking = true;
        Path folder = s.watchFolder().get();
        String trustLine = s.bundleTrust().get();
        library.background().submit(() -> look(folder, BundleKeys.parsePublic(trustLine)), look -> {
            List<String> lines = new ArrayList<>(look.refused());
            if (look.verified() == null) {
                checking = false;
                if (!lines.isEmpty()) {
                    say(lines);
                } else if (!reported) {
                    status.set(m.get("kiosk.bundle.nothingNew", now(), folder.toString()));
                }
                return;
            }
            Candidate c = look.verified();
            lines.add(0, m.get("kiosk.bundle.installing", now(), c.file().getFileName().toString()));
            say(lines);
            lines.remove(0);
            library.withReaderClosed(() -> BundleInstaller.install(c.file(), library.folder(),
                    Optional.of(BundleKeys.parsePublic(trustLine)), BundleInstaller.Options.replace(),
                    org.gazettereader.bundle.BundleListener.NONE, () -> false), done -> {
                        checking = false;
                        installed = c.created();
                        lines.add(0, m.get("kiosk.bundle.installed", now(), c.file().getFileName().toString(),
                                done.manifest().issues().size(), done.manifest().notices()));
                        say(lines);
                    }, e -> {
                        checking = false;
                        lines.add(0, m.get("kiosk.bundle.refused", now(), c.file().getFileName().toString(), m.describe(e)));
                        say(lines);
                    });
        }, e -> {
            checking = false;
            say(List.of(m.get("kiosk.bundle.refused", now(), folder.toString(), m.describe(e))));
        });
    }

    private void say(List<String> lines) {
        reported = true;
        status.set(String.join("\n", lines));
    }

    private String now() {
        return LocalDateTime.now(clock).format(TIME);
    }

    /** On the library's thread: the newest untried bundle newer than the library that verifies under the trusted key. */
    private Look look(Path folder, PublicKey trust) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new Look(null, null, List.of(), true);
        }
        Path db = library.folder().resolve(Database.FILE_NAME);
        Instant mark = installed;
        if (Files.isRegularFile(db)) {
            Instant libraryTime = Files.getLastModifiedTime(db).toInstant();
            mark = libraryTime.isAfter(mark) ? libraryTime : mark;
        }
        List<Candidate> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (!Files.isRegularFile(p) || name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".gzb")) {
                    continue;
                }
                String key = p.toAbsolutePath() + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
                if (tried.contains(key)) {
                    continue;
                }
                Instant created = created(p);
                if (created.isAfter(mark)) {
                    candidates.add(new Candidate(p, key, created));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::created).reversed());
        List<String> refused = new ArrayList<>();
        for (Candidate c : candidates) {
            tried.add(c.key());
            try {
                BundleVerifier.Verified v = BundleVerifier.verify(c.file(), Optional.of(trust));
                return new Look(c, v.manifest(), refused, false);
            } catch (BundleException e) {
                refused.add(m.get("kiosk.bundle.refused", now(), c.file().getFileName().toString(), m.describe(e)));
            }
        }
        return new Look(null, null, refused, candidates.isEmpty());
    }

    /** When the bundle was made, by its manifest; a bundle whose manifest cannot be read counts as new (it is refused). */
    private static Instant created(Path p) {
        try {
            String created = BundleVerifier.manifestOf(p).created();
            return created == null ? Instant.MAX : Instant.parse(created);
        } catch (BundleException | DateTimeParseException e) {
            return Instant.MAX;
        }
    }
}
