// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font files of this machine, best effort: fontconfig's {@code fc-list} where there is one
 * (Linux), else the usual font folders searched for the file names of the Windows fonts an office
 * PC has. Nothing found is no failure: the bundled font stands in.
 */
final class SystemFonts {
    private static final Logger LOG = LoggerFactory.getLogger(SystemFonts.class);
    private static final String FORMAT = "%{family}\\t%{style}\\t%{file}\\t%{postscriptname}\\n";
    /** The Windows files of the official families (lower case), for machines without fontconfig. */
    private static final Map<String, FontFile> WINDOWS = Map.of(
            "simfang.ttf", new FontFile(List.of("FangSong", "仿宋"), "Regular", null, null),
            "simsun.ttc", new FontFile(List.of("SimSun", "宋体"), "Regular", null, null),
            "simhei.ttf", new FontFile(List.of("SimHei", "黑体"), "Regular", null, null),
            "simkai.ttf", new FontFile(List.of("KaiTi", "楷体"), "Regular", null, null),
            "fzxbsjw.ttf", new FontFile(List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S"), "Regular", null, null));

    /** One face in one file: its family names (several languages), style, path and PostScript name (may be null). */
    record FontFile(List<String> families, String style, Path file, String postscriptName) {
        boolean bold() {
            String s = style.toLowerCase(Locale.ROOT);
            return s.contains("bold") || s.contains("粗");
        }
    }

    private SystemFonts() {
    }

    static List<FontFile> installed() {
        try {
            Process p = new ProcessBuilder("fc-list", "--format", FORMAT).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return parse(out);
            }
            p.destroy();
        } catch (IOException e) {
            LOG.debug("no fc-list here ({}); looking in the usual font folders", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return scan(folders());
    }

    /** Lines of {@code fc-list --format FORMAT}: family names and styles are comma-separated lists. */
    static List<FontFile> parse(String fcList) {
        List<FontFile> out = new ArrayList<>();
        for (String line : fcList.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f[2].isBlank()) {
                continue;
            }
            List<String> families = Stream.of(f[0].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            out.add(new FontFile(families, f[1], Path.of(f[2]), f[3].isBlank() ? null : f[3]));
        }
        return out;
    }

    /** The files of {@link #WINDOWS} found (not recursively) in {@code folders}. */
    static List<FontFile> scan(List<Path> folders) {
        List<FontFile> out = new ArrayList<>();
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(file -> {
                    FontFile known = WINDOWS.get(file.getFileName().toString().toLowerCase(Locale.ROOT));
                    if (known != null) {
                        out.add(new FontFile(known.families(), known.style(), file, null));
                    }
                });
            } catch (IOException e) {
                LOG.debug("cannot list {}: {}", dir, e.getMessage());
            }
        }
        return out;
    }

    private static List<Path> folders() {
        String home = System.getProperty("user.home");
        String windir = System.getenv("WINDIR");
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
        if (System.getenv("LOCALAPPDATA") != null) {
            dirs.add(Path.of(System.getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts"));
        }
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of(home, "Library", "Fonts"));
        dirs.add(Path.of("/usr/share/fonts/truetype"));
        dirs.add(Path.of(home, ".fonts"));
        return dirs;
    }
}
