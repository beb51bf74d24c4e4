// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether a path lies inside a library folder, so that nothing but the library itself ever writes
 * there: "save as PDF" over {@code library.db} would empty the library at the next start. A
 * library folder is one that holds {@code library.db}, or one the caller names (a library not yet
 * created); paths are compared after following symbolic links, so a link to a library folder or
 * to a file in it is inside too.
 */
public final class LibraryFolders {
    private LibraryFolders() {
    }

    /** The library folder that holds {@code target} (a file that may not exist yet), if any. */
    public static Optional<Path> holding(Path target) {
        return holding(target, List.of());
    }

    /**
     * The library folder that holds {@code target}: one of {@code known}, or any folder above
     * {@code target} that holds a library database.
     */
    public static Optional<Path> holding(Path target, Collection<Path> known) {
        List<Path> knownReal = new ArrayList<>();
        for (Path k : known) {
            knownReal.add(real(k));
        }
        for (Path candidate : forms(target)) {
            for (Path k : knownReal) {
                if (candidate.startsWith(k)) {
                    return Optional.of(k);
                }
            }
            for (Path p = candidate; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve(Database.FILE_NAME))) {
                    return Optional.of(followed(p));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code target} is {@code folder} or inside it, links followed. */
    public static boolean isInside(Path target, Path folder) {
        Path f = real(folder);
        return forms(target).stream().anyMatch(c -> c.startsWith(f));
    }

    /** The places {@code target} stands for: itself with its folders' links followed, and where a link at it leads. */
    private static List<Path> forms(Path target) {
        List<Path> out = new ArrayList<>();
        out.add(real(target));
        if (Files.isSymbolicLink(target)) {
            try {
                out.add(target.toRealPath());
            } catch (IOException e) {
                // A dangling link: writing through it would create its target, which real() names.
                try {
                    Path to = Files.readSymbolicLink(target);
                    out.add(real(target.toAbsolutePath().getParent().resolve(to)));
                } catch (IOException ignored) {
                    // not readable: the link itself is replaced, not followed, by a write that moves a file over it
                }
            }
        }
        return out;
    }

    /** {@code folder} with every link followed, as far as it can be. */
    private static Path followed(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /**
     * {@code p} absolute and normalized, with the links of its nearest existing folder followed (the
     * rest does not exist yet, so it can hold no link); the last name itself is not followed.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path base = existing.equals(abs) && Files.isSymbolicLink(abs) ? existing.getParent() : existing;
            if (base == null) {
                return abs;
            }
            return base.toRealPath().resolve(base.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
