// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazettereader.cli.CliText;
import org.gazettereader.cli.WindowArguments;
import org.gazettereader.config.DataHome;

/**
 * Keeps the window's file dialogs out of GTK's recently-used list.
 *
 * <p>On Linux JavaFX's file and folder choosers are GTK's, and GTK adds every file they return to
 * {@code recently-used.xbel} in the user's data folder ({@code $XDG_DATA_HOME}, by default
 * {@code ~/.local/share}), where every other program, and the next person at a shared PC, sees
 * which gazettes were opened and where PDFs were saved. GTK's own switch
 * ({@code gtk-recent-files-enabled=false}) does not just stop the writes: it empties the user's
 * whole list, other programs' entries included. So the window runs with {@code XDG_DATA_HOME}
 * pointed at a private folder of its own, in the session's runtime folder when there is one (a
 * tmpfs, gone at log-out), else in the reader's data folder, emptied when the window starts and
 * when it closes. The user's own data
 * folder stays first among {@code XDG_DATA_DIRS} (icons, themes, MIME types) and its {@code fonts}
 * folder is linked in (fontconfig reads user fonts only from {@code XDG_DATA_HOME}). The reader's
 * own data folder, found through {@code XDG_DATA_HOME} as well, is handed to the child by name.
 *
 * <p>GTK reads the variables when it starts. The installed app sets them in its own process before
 * that ({@link InProcessEnvironment}); where it cannot ({@code java -jar}), the window runs in a
 * child process that gets them (see {@link Utf8Relaunch}), unless its launcher set the folder
 * already. Command-line commands open no dialog and run in place.
 */
final class GtkRecentList {
    /** Names the private folder in the window's process; set, it also keeps that process from relaunching. */
    static final String MARKER = "GAZETTE_READER_GTK_DATA";
    static final String RECENT = "recently-used.xbel";
    /** The user's own folders linked into the private one (fontconfig reads user fonts there). */
    private static final List<String> LINKED = List.of("fonts");
    /** The private folder when this process set the variables itself ({@link #keepHere}). */
    private static volatile Path keptHere;

    private GtkRecentList() {
    }

    /**
     * The variables a child must get for this start to keep GTK's list private; empty when none is
     * needed (not Linux, a command, already private) or the private folder cannot be made.
     */
    static Map<String, String> childEnvironment(String[] args) {
        Map<String, String> env = System.getenv();
        if (!needsChild(System.getProperty("os.name", ""), env, args)) {
            return Map.of();
        }
        Path dataHome = DataHome.resolve().root();
        Path folder = folder(env, dataHome);
        if (!prepare(folder, env)) {
            // The window still opens; that its dialogs may now add to the user's list is said, once.
            System.err.println(CliText.get("gtk.notPrivate", folder));
            return Map.of();
        }
        Map<String, String> child = environment(env, folder);
        // The reader's own data folder is found through XDG_DATA_HOME too: the child is told where it is.
        child.put(DataHome.HOME_ENV, dataHome.toString());
        return child;
    }

    /** True on Linux when {@code args} start the window and this process does not yet have a private data folder. */
    static boolean needsChild(String osName, Map<String, String> env, String[] args) {
        return osName.startsWith("Linux") && env.get(MARKER) == null && WindowArguments.opensWindow(args);
    }

    /**
     * The private folder: in the session's runtime folder (a per-user tmpfs, owner-only by the XDG
     * rules) when it is usable, else in the reader's own data folder. Never in a shared temporary
     * folder, where another user could make it first or swap it for a link.
     */
    static Path folder(Map<String, String> env, Path dataHome) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute()) {
            Path r = Path.of(runtime);
            try {
                if (Files.isDirectory(r, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(r)
                        && Files.getOwner(r).getName().equals(System.getProperty("user.name"))) {
                    return r.resolve("gazette-reader").resolve("gtk-data");
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // Not usable: the data folder below.
            }
        }
        return dataHome.resolve("gtk-data");
    }

    /** The user's own data folder, as GLib finds it. */
    static Path userDataHome(Map<String, String> env) {
        String home = env.get("XDG_DATA_HOME");
        if (home != null && Path.of(home).isAbsolute()) {
            return Path.of(home);
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
    }

    /** The variables the window's process gets: its data folder is {@code folder}, the user's next in line. */
    static Map<String, String> environment(Map<String, String> env, Path folder) {
        Map<String, String> out = new HashMap<>();
        String dirs = env.get("XDG_DATA_DIRS");
        String system = dirs == null || dirs.isEmpty() ? "/usr/local/share:/usr/share" : dirs;
        out.put("XDG_DATA_HOME", folder.toString());
        out.put("XDG_DATA_DIRS", userDataHome(env) + ":" + system);
        out.put(MARKER, folder.toString());
        return out;
    }

    /**
     * Makes {@code folder} (owner only), links the user's fonts into it and empties the recently
     * used list; false when that cannot be done (the window then runs as before, in place).
     */
    static boolean prepare(Path folder, Map<String, String> env) {
        try {
            Files.createDirectories(folder);
            if (!ownPlainFolder(folder)) {
                return false;
            }
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // A file system without POSIX permissions: the folder holds nothing but links and the list.
            }
            Path user = userDataHome(env);
            for (String name : LINKED) {
                Path link = folder.resolve(name);
                if (Files.isDirectory(user.resolve(name)) && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, user.resolve(name));
                }
            }
            forget(folder);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * The folder is a real folder of this user's, reached through no symbolic link below the folder
     * that holds it: were it a link to another of this user's folders, or made by another user,
     * that folder would be emptied and made private.
     */
    static boolean ownPlainFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path base = absolute.getParent().getParent();
        Path expected = base.toRealPath().resolve(base.relativize(absolute));
        if (!absolute.toRealPath().equals(expected) || !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            String owner = Files.getOwner(absolute, LinkOption.NOFOLLOW_LINKS).getName();
            return owner.equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }

    /**
     * Empties the private folder: GTK's list (and its temporary twins) and whatever else GTK left
     * there; only the links to the user's own folders stay, and what they point at is never entered.
     */
    static void forget(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!(LINKED.contains(p.getFileName().toString()) && Files.isSymbolicLink(p))) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // Nothing to empty, or it cannot be: the folder is private to this user.
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (var inside = Files.list(p)) {
                for (Path q : (Iterable<Path>) inside::iterator) {
                    deleteTree(q);
                }
            }
        }
        Files.deleteIfExists(p);
    }

    /**
     * Gives this very process the variables {@link #childEnvironment} made for a child, before GTK
     * starts; false when it cannot (then a child gets them). The reader's data folder stays as this
     * process found it: {@link System#getenv} keeps the values the JVM started with.
     */
    static boolean keepHere(Map<String, String> childEnvironment) {
        Map<String, String> variables = new HashMap<>(childEnvironment);
        variables.remove(DataHome.HOME_ENV);
        if (!InProcessEnvironment.setAll(variables)) {
            return false;
        }
        keptHere = Path.of(childEnvironment.get(MARKER));
        return true;
    }

    /** In the window's process: the private folder it was given, to empty when the window closes. */
    static Path current() {
        if (keptHere != null) {
            return keptHere;
        }
        String marker = System.getenv(MARKER);
        return marker == null || marker.isEmpty() ? null : Path.of(marker);
    }
}
