// SPDX-License-Identifier: Apache-2.0

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the packages for the machine it runs on; {@code mvn -Pinstaller package} runs it after the
 * jar as {@code java installer/Package.java BASEDIR VERSION}. A source-file program, so that the
 * same steps run on Linux, Windows and macOS with nothing but the JDK:
 *
 * <ol>
 * <li>checks with jdeps that {@code installer/jlink-modules.txt} names every module the app needs;
 * <li>links a runtime of those modules (JavaFX from the Maven artifacts in {@code target/lib});
 * <li>makes the app image {@code target/installer/gazette-reader} with jpackage (two launchers:
 *     the reader and the public terminal with {@code --kiosk});
 * <li>makes the class-data-sharing archive from the class list of a training run (the window on
 *     the sample library when there is a display, else a search on the command line);
 * <li>makes the installer this system can: .deb (dpkg-deb and fakeroot), .rpm (rpmbuild), .msi
 *     (WiX 3 on the PATH), .dmg; a missing tool skips that step and says so. The packages hold the
 *     class list, not the archive made for the app image's folder (see {@link #archives}).
 * </ol>
 * Options (system properties): {@code -Dinstaller.packages=false} stops after the app image;
 * {@code -Dinstaller.reuseImage=true} makes only the packages, from the app image already built.
 */
public final class Package {
    static final String NAME = "gazette-reader";
    static final String KIOSK = "gazette-reader-kiosk";
    static final String MAIN_CLASS = "org.gazettereader.app.Main";
    static final String ARCHIVE = NAME + ".jsa";
    static final String CLASS_LIST = NAME + ".classlist";
    /** The JNI library that sets the window's environment in its own process (Linux). */
    static final String ENV_LIBRARY = "libgazette-env.so";
    /**
     * What the Linux packages' install scripts (postinst, prerm, %post, %preun) call in lib/app: make or
     * delete the CDS archive, and whether the system has a desktop menu to add entries to.
     */
    static final List<String> INSTALL_SCRIPTS = List.of("cds-archive.sh", "has-menu.sh");

    private final Path base;
    private final Path target;
    private final Path out;
    private final Path work;
    private final String version;
    private final String os;

    private Package(Path base, String version) {
        this.base = base.toAbsolutePath().normalize();
        this.target = this.base.resolve("target");
        this.out = target.resolve("installer");
        this.work = target.resolve("installer-work");
        // jpackage wants one to three numbers: 0.1.0-SNAPSHOT is packaged as 0.1.0.
        this.version = version.replaceAll("[^0-9.].*$", "");
        String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        this.os = n.startsWith("windows") ? "windows" : n.startsWith("mac") ? "macos" : "linux";
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java installer/Package.java BASEDIR VERSION");
            System.exit(2);
        }
        long start = System.nanoTime();
        Package p = new Package(Path.of(args[0]), args[1]);
        if (Boolean.getBoolean("installer.reuseImage")) {
            p.installers(p.image());
        } else {
            p.build(!"false".equals(System.getProperty("installer.packages")));
        }
        System.out.printf(Locale.ROOT, "[installer] done in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    void build(boolean packages) throws Exception {
        Path jar = target.resolve(NAME + ".jar");
        Path lib = target.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IllegalStateException(jar + " and " + lib + " are missing: run mvn package first");
        }
        deleteTree(work);
        deleteTree(image());
        Files.createDirectories(work);
        Files.createDirectories(out);

        List<Path> classPath = classPath(jar);
        List<Path> fxJars = classPath.stream().filter(Package::isPlatformFxJar).toList();
        List<Path> appJars = new ArrayList<>();
        appJars.add(jar);
        classPath.stream().filter(j -> !j.getFileName().toString().startsWith("javafx-")).forEach(appJars::add);
        if (fxJars.isEmpty()) {
            throw new IllegalStateException("No platform JavaFX jars (javafx-*-linux|win|mac*.jar) in " + lib);
        }

        Set<String> modules = modules();
        checkModules(modules, fxJars, appJars);
        Path runtime = link(modules, fxJars);
        Path input = work.resolve("input");
        Files.createDirectories(input);
        for (Path j : appJars) {
            if (j.getFileName().toString().startsWith("sqlite-jdbc-")) {
                thinSqlite(j, input.resolve(j.getFileName()));
            } else {
                Files.copy(j, input.resolve(j.getFileName()));
            }
        }
        nativeLibrary(input);
        if (os.equals("linux")) {
            // The packages' install scripts call them in lib/app: the CDS archive, and whether there is a menu.
            for (String name : INSTALL_SCRIPTS) {
                Path script = Files.copy(base.resolve("installer/linux/" + name), input.resolve(name));
                script.toFile().setExecutable(true, false);
            }
        }
        Path image = appImage(runtime, input);
        scriptLaunchers(image);
        archives(image);
        report("app image", image);
        if (packages) {
            installers(image);
        }
    }

    // ---- modules ------------------------------------------------------------------------------

    Set<String> modules() throws IOException {
        Set<String> m = new LinkedHashSet<>();
        for (String line : Files.readAllLines(base.resolve("installer/jlink-modules.txt"), StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                m.add(s);
            }
        }
        return m;
    }

    /** Fails the build when jdeps finds a module the list does not name: the app would fail at run time. */
    void checkModules(Set<String> listed, List<Path> fxJars, List<Path> appJars) {
        List<String> args = new ArrayList<>(List.of("-q", "--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", join(fxJars), "--add-modules", "javafx.controls",
                "--class-path", join(appJars.subList(1, appJars.size()))));
        appJars.forEach(j -> args.add(j.toString()));
        String found = tool("jdeps", args).strip();
        Set<String> needed = new TreeSet<>(List.of(found.split(",")));
        System.out.println("[installer] jdeps finds: " + String.join(" ", needed));
        needed.removeAll(listed);
        if (!needed.isEmpty()) {
            throw new IllegalStateException("jdeps finds modules that installer/jlink-modules.txt does not list: "
                    + needed + ". Add them there (and to installer/README.md), or the app fails at run time.");
        }
    }

    /**
     * Resources of the linked modules that the reader never reads: JavaFX's old Caspian theme (the
     * window uses AtlantaFX, and Modena stays as JavaFX's default) and its SWT bridge, the XML
     * parser's messages in languages other than English and Chinese. Files only: jlink refuses to
     * empty a package that a module declares.
     */
    static final List<String> UNUSED_RESOURCES = Stream.concat(Stream.of(
            "/javafx.controls/com/sun/javafx/scene/control/skin/caspian/caspian.css",
            "/javafx.controls/com/sun/javafx/scene/control/skin/caspian/caspian.bss", "/javafx.graphics/javafx-swt.jar"),
            Stream.of("de", "es", "fr", "it", "ja", "ko", "pt_BR", "sv")
                    .map(language -> "/java.xml/com/sun/org/apache/xerces/internal/impl/msg/*_" + language + ".properties"))
            .toList();

    /**
     * Files of the runtime (not module resources) the reader never uses: the public suffix list (cookie
     * and TLS host-name checks; the reader goes on no network), the JDK's default class list (the
     * reader's archive has its own), the jrt file system for other JDKs, keytool, jexec, the splash
     * screen and sound libraries of java.desktop (nothing shows a splash or plays a sound; without
     * the sound library the .deb no longer depends on ALSA). About 0.55 MB.
     */
    static final List<String> UNUSED_FILES = List.of("glob:**/public_suffix_list.dat", "glob:**/lib/classlist",
            "glob:**/jrt-fs.jar", "glob:**/keytool", "glob:**/jexec", "glob:**/libsplashscreen.so", "glob:**/libjsound.so");

    Path link(Set<String> modules, List<Path> fxJars) throws IOException, InterruptedException {
        Path runtime = work.resolve("runtime");
        // Native commands stay: bin/java makes the CDS archives and starts bench startup's runs.
        List<String> a = new ArrayList<>(List.of("--module-path", join(fxJars), "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--include-locales=en,zh",
                "--compress=2", "--output", runtime.toString()));
        List<String> excluded = new ArrayList<>(UNUSED_RESOURCES);
        if (os.equals("linux")) {
            excluded.add("**.so"); // JavaFX's native libraries: see fxNativeLibraries
        }
        a.add("--exclude-resources=" + String.join(",", excluded));
        a.add("--exclude-files=" + String.join(",", UNUSED_FILES));
        // Not --strip-native-debug-symbols: it removes debug sections, and the JDK's libjvm.so has only
        // its symbol table: tried, nothing changed. See stripNative.
        tool("jlink", a);
        if (os.equals("linux")) {
            fxNativeLibraries(fxJars, runtime.resolve("lib"));
        }
        stripNative(runtime);
        return runtime;
    }

    /**
     * JavaFX's native libraries (glass, prism, fonts) as files in the runtime's {@code lib}, where
     * JavaFX loads them from, instead of resources inside its modules. The Maven artifacts carry them
     * as resources, and JavaFX copied them out of the runtime into {@code ~/.openjfx/cache} (else the
     * temporary folder) and compared both copies' MD5 at every start; with a read-only or noexec home
     * and temporary folder, as locked-down terminals have, the window could not start at all
     * ("Can not create cache"). Linux only: where Windows and macOS load them from is not tested.
     */
    void fxNativeLibraries(List<Path> fxJars, Path lib) throws IOException {
        int n = 0;
        for (Path jar : fxJars) {
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(jar))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    String name = e.getName();
                    if (!name.contains("/") && name.endsWith(".so")) {
                        Files.copy(in, lib.resolve(name));
                        n++;
                    }
                }
            }
        }
        if (n == 0) {
            throw new IllegalStateException("No native libraries in the JavaFX jars " + fxJars);
        }
        System.out.printf(Locale.ROOT, "[installer] JavaFX native libraries: %d files in the runtime's lib, not in its modules%n", n);
    }

    /**
     * On Linux, the runtime's native libraries lose their symbol tables ({@code strip
     * --strip-unneeded}; the dynamic symbols they export stay): libjvm.so alone goes from 24 MB to
     * 20 MB, which the app image's 120 MB budget needs. The cost: a JVM crash report (hs_err) names
     * libjvm.so's internal functions by offset only.
     */
    void stripNative(Path runtime) throws IOException, InterruptedException {
        if (!os.equals("linux")) {
            return;
        }
        if (!onPath("strip")) {
            System.out.println("[installer] native libraries not stripped: strip (binutils) is not installed");
            return;
        }
        List<Path> libs;
        try (Stream<Path> s = Files.walk(runtime.resolve("lib"))) {
            libs = s.filter(f -> f.getFileName().toString().endsWith(".so") && Files.isRegularFile(f)).toList();
        }
        long before = 0;
        long after = 0;
        for (Path lib : libs) {
            before += Files.size(lib);
            lib.toFile().setWritable(true, true);
            List<String> cmd = List.of("strip", "--strip-unneeded", lib.toString());
            if (run(cmd, Map.of(), 120, null) != 0) {
                throw new IllegalStateException("strip failed on " + lib);
            }
            after += Files.size(lib);
        }
        System.out.printf(Locale.ROOT, "[installer] native libraries stripped: %d files, %.1f MB -> %.1f MB%n", libs.size(),
                before / 1048576.0, after / 1048576.0);
    }

    /**
     * sqlite-jdbc carries its native library for 20 systems (10 of its 12 MB). The package has only
     * this system's ({@code org/sqlite/native/Linux/x86_64/} here), and not inside the jar but beside
     * it in {@code lib/app}, where the launchers' {@code -Dorg.sqlite.lib.path} points: from the jar,
     * sqlite-jdbc ran {@code uname -o}, resolved every file the process has mapped (its check for musl)
     * and copied the library into the temporary folder at every start, on the window's critical path
     * and impossible where that folder is mounted noexec.
     */
    void thinSqlite(Path from, Path to) throws IOException {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
        String keep = "org/sqlite/native/" + switch (os) {
            case "windows" -> "Windows";
            case "macos" -> "Mac";
            default -> "Linux";
        } + "/" + arch + "/";
        String library = System.mapLibraryName("sqlitejdbc");
        boolean kept = false;
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
                var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String n = e.getName();
                if (n.equals(keep + library)) {
                    Files.copy(in, to.resolveSibling(library));
                    kept = true;
                }
                if (n.startsWith("org/sqlite/native/")) {
                    continue;
                }
                var copy = new java.util.zip.ZipEntry(n);
                copy.setTime(e.getTime());
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        if (!kept) {
            throw new IllegalStateException(from + " has no " + keep + library);
        }
        System.out.printf(Locale.ROOT, "[installer] %s: only %s kept, as lib/app/%s (%.1f MB + %.1f MB, was %.1f MB)%n",
                from.getFileName(), keep, library, Files.size(to) / 1048576.0, Files.size(to.resolveSibling(library)) / 1048576.0,
                Files.size(from) / 1048576.0);
    }

    // ---- the native library -------------------------------------------------------------------

    /**
     * On Linux, {@code libgazette-env.so} from {@code installer/linux/gazette-env.c}: the window sets
     * its private GTK data folder in its own process with it, instead of starting a second JVM (about
     * 0.2 s of every start). Without a C compiler the app works the slower way, and this says so.
     */
    void nativeLibrary(Path input) throws IOException, InterruptedException {
        if (!os.equals("linux")) {
            return;
        }
        if (!onPath("gcc")) {
            System.out.println("[installer] " + ENV_LIBRARY + " not built: gcc is not installed (the window will start"
                    + " in a second JVM, about 0.2 s slower)");
            return;
        }
        Path jdk = Path.of(System.getProperty("java.home"));
        Path lib = input.resolve(ENV_LIBRARY);
        List<String> cmd = List.of("gcc", "-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-s",
                "-I" + jdk.resolve("include"), "-I" + jdk.resolve("include/linux"),
                "-o", lib.toString(), base.resolve("installer/linux/gazette-env.c").toString());
        Path log = work.resolve("gcc.log");
        if (run(cmd, Map.of(), 120, log) != 0) {
            System.out.println(Files.readString(log, StandardCharsets.UTF_8));
            throw new IllegalStateException("gcc failed on installer/linux/gazette-env.c");
        }
        System.out.printf(Locale.ROOT, "[installer] %s: %.1f KB%n", ENV_LIBRARY, Files.size(lib) / 1024.0);
    }

    // ---- the app image ------------------------------------------------------------------------

    Path appImage(Path runtime, Path input) throws IOException {
        List<String> a = new ArrayList<>(List.of("--type", "app-image", "--dest", out.toString(), "--name", NAME,
                "--input", input.toString(), "--main-jar", NAME + ".jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--app-version", version,
                "--vendor", "Gazette Reader", "--description", "公报阅览 Gazette Reader",
                "--copyright", "Apache-2.0",
                "--icon", icon(NAME).toString(),
                "--add-launcher", KIOSK + "=" + kioskLauncher()));
        for (String o : javaOptions(os)) {
            a.add("--java-options");
            a.add(o);
        }
        if (os.equals("macos")) {
            a.addAll(List.of("--mac-package-name", "公报阅览", "--mac-package-identifier", "org.gazettereader"));
        }
        tool("jpackage", a);
        return image();
    }

    /**
     * On Linux, each launcher in {@code bin/} becomes a shell script that starts the image's Java
     * runtime with its {@code .cfg}'s options, class path and arguments. jpackage's own launcher (JDK
     * 17) asks {@code rpm -qf}, {@code dpkg -S} and, when installed from a package, {@code dpkg -L}
     * which package owns it, at every start, to find its library: 0.2-0.4 s before the JVM starts,
     * more on a desktop with many packages. The {@code .cfg} files stay: they are what the scripts
     * were made from, and the training run and the packages' install scripts read them.
     */
    void scriptLaunchers(Path image) throws IOException {
        if (!os.equals("linux")) {
            return;
        }
        for (String name : List.of(NAME, KIOSK)) {
            Cfg cfg = Cfg.read(appDir(image).resolve(name + ".cfg"));
            StringBuilder sh = new StringBuilder();
            sh.append("#!/bin/sh\n")
                    .append("# ").append(name).append(": made by installer/Package.java from lib/app/").append(name)
                    .append(".cfg. It starts the bundled\n")
                    .append("# Java runtime directly: jpackage's own launcher asks rpm and dpkg which package owns it at\n")
                    .append("# every start (0.2-0.4 s).\n")
                    .append("self=$(readlink -f \"$0\")\n")
                    .append("APPDIR=\"${self%/bin/*}/lib/app\"\n")
                    .append(HUGE_PAGES)
                    .append("# shellcheck disable=SC2086 # $thp is one word or none\n")
                    .append("exec \"$APPDIR/../runtime/bin/java\" $thp \\\n")
                    .append("    -Djpackage.app-path=\"$self\" \\\n");
            for (String o : cfg.options()) {
                sh.append("    ").append(shellWord(o)).append(" \\\n");
            }
            sh.append("    -cp ").append(shellWord(String.join(":", cfg.classPath()))).append(" \\\n")
                    .append("    ").append(shellWord(cfg.mainClass()));
            for (String a : cfg.arguments()) {
                sh.append(" ").append(shellWord(a));
            }
            sh.append(" \"$@\"\n");
            Path launcher = launcher(image, name);
            Files.delete(launcher);
            Files.writeString(launcher, sh.toString(), StandardCharsets.UTF_8);
            launcher.toFile().setExecutable(true, false);
        }
        System.out.println("[installer] launchers: shell scripts that start the runtime's java directly");
    }

    /**
     * The launcher scripts' transparent huge pages: the JVM's heap and code in 2 MB pages where the
     * kernel offers them to programs that ask ({@code madvise} or {@code always}), which spares the
     * window's start tens of thousands of page faults (0.07-0.1 s here). Asked for only then: where
     * the kernel says {@code never}, the JVM prints a warning on standard output at every start,
     * into the command line's JSON.
     */
    static final String HUGE_PAGES = """
            thp=
            { read -r pages < /sys/kernel/mm/transparent_hugepage/enabled; } 2>/dev/null || pages=
            case $pages in
                *"[always]"*|*"[madvise]"*) thp=-XX:+UseTransparentHugePages ;;
            esac
            """;

    /** One shell word: {@code $APPDIR} expanded by the shell, everything else literal. */
    static String shellWord(String s) {
        if (!s.matches("[A-Za-z0-9_.,:/=+@$-]*") || s.replace("$APPDIR", "").contains("$")) {
            throw new IllegalArgumentException("a launcher option the script does not quote: " + s);
        }
        return "\"" + s + "\"";
    }

    /** Where jpackage puts the app image. */
    Path image() {
        return os.equals("macos") ? out.resolve(NAME + ".app") : out.resolve(NAME);
    }

    /** The second launcher: the same app with {@code --kiosk}, its own icon and menu entries. */
    Path kioskLauncher() throws IOException {
        Path p = work.resolve("kiosk-launcher.properties");
        String text = "arguments=--kiosk\n"
                + "description=Gazette Reader for public terminals\n"
                + "icon=" + icon(KIOSK).toString().replace("\\", "/") + "\n"
                + "linux-shortcut=true\nwin-shortcut=true\nwin-menu=true\n";
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    /** What the launchers pass to the JVM (the same for both; the kiosk one adds --kiosk as an argument). */
    static List<String> javaOptions(String os) {
        List<String> o = new ArrayList<>(List.of(
                // ControlsFX's auto-completion reaches into JavaFX, which runs as named modules here.
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                // Made at packaging time from a training run; a missing or stale one is ignored (-Xshare:auto).
                "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "-Xshare:auto",
                // The optimising compiler (C2) takes the second core from the window while it starts: only code
                // run 4-10 times as often as by default is compiled by it. Start 0.1-0.25 s sooner; warm
                // search p99 on 100k notices 31-37 -> 30-46 ms (docs/BENCHMARKS.md).
                "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=20000",
                "-XX:Tier4CompileThreshold=60000", "-XX:Tier4BackEdgeThreshold=400000",
                // The archive mapped where it was made to be, not moved at every start (JDK 17.0.15's default
                // since a backport): 0.08-0.12 s. The price, ADR 0011: its class data is at a known address.
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                // G1 began with 3-4 young regions (12-16 MB) and stopped the window for four collections (15-36 ms
                // each) before it was usable; a young generation of at least 96 MB has none then. Only its floor:
                // G1 still sizes it above that, and clamps it to a smaller heap.
                "-XX:NewSize=96m",
                // SQLite's native library as shipped beside the jars (see thinSqlite), loaded where it is. Its
                // folder is also sqlite-jdbc's "temporary" one: at every start it lists that folder for stale
                // copies of itself, and logged an ERROR with a stack trace where the real one was unusable.
                "-Dorg.sqlite.lib.path=$APPDIR", "-Dorg.sqlite.tmpdir=$APPDIR"));
        if (os.equals("linux")) {
            // A missing file is no error: the window then takes the slower way (a second JVM).
            o.add("-Dgazette.envLibrary=$APPDIR/" + ENV_LIBRARY);
        }
        return o;
    }

    Path icon(String name) {
        String ext = switch (os) {
            case "windows" -> ".ico";
            case "macos" -> ".icns";
            default -> "-128.png";
        };
        return base.resolve("assets/icons/" + name + ext);
    }

    Path appDir(Path image) {
        return switch (os) {
            case "macos" -> image.resolve("Contents/app");
            case "windows" -> image.resolve("app");
            default -> image.resolve("lib/app");
        };
    }

    Path runtimeDir(Path image) {
        return switch (os) {
            case "macos" -> image.resolve("Contents/runtime/Contents/Home");
            case "windows" -> image.resolve("runtime");
            default -> image.resolve("lib/runtime");
        };
    }

    Path launcher(Path image, String name) {
        return switch (os) {
            case "macos" -> image.resolve("Contents/MacOS/" + name);
            case "windows" -> image.resolve(name + ".exe");
            default -> image.resolve("bin/" + name);
        };
    }

    // ---- class-data sharing -------------------------------------------------------------------

    /**
     * The app's class-data-sharing archive: a training run started the way the launcher starts the
     * app lists the classes it loads ({@code -XX:DumpLoadedClassList}); {@code -Xshare:dump} then
     * writes them (JDK, JavaFX and class-path classes) into {@code lib/app/gazette-reader.jsa}, which
     * the launchers name with {@code -XX:SharedArchiveFile}.
     *
     * <p>Why a static archive from a class list and not {@code -XX:ArchiveClassesAtExit}: on JDK 17
     * either kind holds the absolute class path it was made with, and a moved image's archive is
     * refused ("shared class paths mismatch"; a dynamic one also prints a warning at every start).
     * The class list does not care where the jars are, so the .deb ships the list and its postinst
     * makes the archive where the package is installed, in seconds and without a display.
     */
    void archives(Path image) throws IOException, InterruptedException {
        Path java = runtimeDir(image).resolve("bin").resolve(os.equals("windows") ? "java.exe" : "java");
        Path appDir = appDir(image);
        Launch launch = Launch.read(appDir.resolve(NAME + ".cfg"), appDir);
        Path list = appDir.resolve(CLASS_LIST);
        Path archive = appDir.resolve(ARCHIVE);
        Path home = Files.createTempDirectory("gazette-train");
        try {
            List<String> jvm = new ArrayList<>();
            jvm.add(java.toString());
            jvm.addAll(launch.options());
            jvm.addAll(List.of("-Xshare:off", "-Dgazette.home=" + home, "-Djava.class.path=" + launch.classPath()));
            // First the sample goes into the data folder's library, unrecorded: the archive is for the
            // start that happens every day, not for the first one.
            List<String> seed = new ArrayList<>(jvm);
            seed.addAll(List.of(MAIN_CLASS, "import", "--library", home.resolve("library").toString(),
                    extractSample(home).toString()));
            int code = run(seed, Map.of(), 300, home.resolve("seed.log"));
            if (code != 0) {
                System.out.println(Files.readString(home.resolve("seed.log"), StandardCharsets.UTF_8));
                throw new IllegalStateException("Importing the sample for the CDS training run failed (exit code " + code + ")");
            }
            List<String> cmd = new ArrayList<>(jvm);
            cmd.add("-XX:DumpLoadedClassList=" + list);
            List<String> wrap = displayWrapper();
            String how;
            if (wrap != null) {
                how = "the window on the sample library (open a notice, turn pages, search)";
                cmd.addAll(List.of("-Dgazette.train=true", MAIN_CLASS));
                List<String> all = new ArrayList<>(wrap);
                all.addAll(cmd);
                cmd = all;
            } else {
                how = "no display: a search of the sample library (the command line's classes only)";
                System.out.println("[installer] WARNING: without a display the archive holds no window classes, and the"
                        + " packages' window starts about 0.5 s slower; install xvfb (xvfb-run) and GTK 3 to train the window");
                cmd.addAll(List.of(MAIN_CLASS, "search", "知识产权"));
            }
            System.out.println("[installer] CDS training run: " + how);
            // One process: on Linux the window otherwise runs in a child (its own GTK data folder, see the
            // app's GtkRecentList), and parent and child would both write the class list. Naming the
            // folder in advance, as that child is given it, keeps the training run in one JVM.
            code = run(cmd, Map.of("GAZETTE_READER_GTK_DATA", home.resolve("gtk-data").toString()), 300,
                    home.resolve("train.log"));
            if (code != 0 || !Files.isRegularFile(list)) {
                String log = Files.exists(home.resolve("train.log"))
                        ? Files.readString(home.resolve("train.log"), StandardCharsets.UTF_8) : "";
                System.out.println(log);
                throw new IllegalStateException("The CDS training run failed (exit code " + code + ")"
                        + (log.contains("Unable to load glass GTK library")
                                ? ": JavaFX found no GTK 3 on this machine; install it (Debian: apt-get install libgtk-3-0,"
                                        + " Fedora: dnf install gtk3), as the packages' users must"
                                : wrap != null && wrap.isEmpty() && os.equals("linux")
                                ? ": the window could not run on DISPLAY=" + System.getenv("DISPLAY")
                                        + " (install xvfb-run to give it a display of its own)"
                                : ""));
            }
        } finally {
            deleteTree(home);
        }
        dump(java, launch, list, archive);
        // The launcher's own options with -Xshare:on: fails here, not silently at every start, if the archive is refused.
        List<String> check = new ArrayList<>(List.of(java.toString()));
        check.addAll(launch.options());
        check.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Djava.class.path=" + launch.classPath(),
                MAIN_CLASS, "--version"));
        Path log = work.resolve("cds-check.log");
        if (run(check, Map.of("LANG", "C.UTF-8"), 120, log) != 0) {
            System.out.println(Files.readString(log, StandardCharsets.UTF_8));
            throw new IllegalStateException("The launcher's JVM refuses the CDS archive " + archive);
        }
        long classes;
        try (Stream<String> lines = Files.lines(list, StandardCharsets.UTF_8)) {
            classes = lines.filter(l -> !l.startsWith("#") && !l.startsWith("@")).count();
        }
        System.out.printf(Locale.ROOT, "[installer] CDS archive %s: %d classes, %.1f MB%n", archive, classes,
                Files.size(archive) / 1048576.0);
        if (os.equals("linux")) {
            gzip(list);
        }
    }

    /**
     * On Linux the class list is kept compressed ({@code gazette-reader.classlist.gz}, 0.6 MB less in
     * the image); {@code lib/app/cds-archive.sh} unpacks it beside itself for the moment it makes the
     * archive. Windows and macOS keep it plain: they have no gzip to unpack it with.
     */
    static void gzip(Path list) throws IOException {
        Path gz = list.resolveSibling(list.getFileName() + ".gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(list, out);
        }
        Files.delete(list);
    }

    /** {@code -Xshare:dump} of the class list into the archive, with the launcher's options and class path. */
    static void dump(Path java, Launch launch, Path list, Path archive) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(launch.options());
        cmd.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
                "-Djava.class.path=" + launch.classPath()));
        Path log = archive.resolveSibling("cds-dump.log");
        int code = run(cmd, Map.of(), 300, log);
        if (code != 0 || !Files.isRegularFile(archive)) {
            System.out.println(Files.readString(log, StandardCharsets.UTF_8));
            throw new IllegalStateException("-Xshare:dump failed with exit code " + code);
        }
        Files.delete(log);
    }

    /**
     * How to run the window here: on Linux under xvfb-run where it exists (a display of its own: an
     * inherited {@code DISPLAY} may be stale, as in a terminal left over from another session, or be a
     * desk's screen the training window would flash on), else on {@code DISPLAY}; null if neither.
     * Windows and macOS have their desktop.
     */
    List<String> displayWrapper() {
        if (!os.equals("linux")) {
            return List.of();
        }
        if (onPath("xvfb-run")) {
            return List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24");
        }
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank() ? List.of() : null;
    }

    Path extractSample(Path dir) throws IOException {
        Path sample = dir.resolve("lvliang-gazette-2023-01.txt");
        Files.copy(base.resolve("assets/samples/lvliang-gazette-2023-01.txt"), sample);
        return sample;
    }

    /**
     * What a jpackage launcher's {@code .cfg} holds, as written ({@code $APPDIR} not expanded): JVM
     * options, class path, main class and the arguments given before the user's.
     */
    record Cfg(List<String> options, List<String> classPath, String mainClass, List<String> arguments) {
        static Cfg read(Path cfg) throws IOException {
            List<String> options = new ArrayList<>();
            List<String> cp = new ArrayList<>();
            List<String> arguments = new ArrayList<>();
            String mainClass = null;
            String section = "";
            for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.startsWith("[")) {
                    section = l;
                } else if (section.equals("[JavaOptions]") && l.startsWith("java-options=")) {
                    options.add(l.substring("java-options=".length()));
                } else if (section.equals("[Application]") && l.startsWith("app.classpath=")) {
                    cp.add(l.substring("app.classpath=".length()));
                } else if (section.equals("[Application]") && l.startsWith("app.mainclass=")) {
                    mainClass = l.substring("app.mainclass=".length());
                } else if (section.equals("[ArgOptions]") && l.startsWith("arguments=")) {
                    arguments.add(l.substring("arguments=".length()));
                }
            }
            if (mainClass == null || cp.isEmpty()) {
                throw new IllegalStateException(cfg + " names no main class or class path");
            }
            return new Cfg(options, cp, mainClass, arguments);
        }
    }

    /** The JVM options (but the archive's) and class path of a jpackage launcher's .cfg, with $APPDIR expanded. */
    record Launch(List<String> options, String classPath) {
        static Launch read(Path cfg, Path appDir) throws IOException {
            Cfg c = Cfg.read(cfg);
            String dir = appDir.toString();
            // The archive is what is being made or checked: the caller names it.
            List<String> options = c.options().stream().map(o -> o.replace("$APPDIR", dir))
                    .filter(o -> !o.startsWith("-XX:SharedArchiveFile=") && !o.startsWith("-Xshare:")).toList();
            return new Launch(options, c.classPath().stream().map(e -> e.replace("$APPDIR", dir))
                    .collect(Collectors.joining(java.io.File.pathSeparator)));
        }
    }

    // ---- installers ---------------------------------------------------------------------------

    /**
     * The archive made for the app image where it lies now is left out of the packages: it would be
     * refused where they install (see {@link #archives}). The .deb's postinst makes it there.
     */
    void installers(Path image) throws IOException {
        Path archive = appDir(image).resolve(ARCHIVE);
        Path aside = work.resolve(ARCHIVE);
        Files.move(archive, aside);
        try {
            packagesFor(image);
        } finally {
            Files.move(aside, archive);
        }
    }

    void packagesFor(Path image) throws IOException {
        switch (os) {
            case "linux" -> {
                if (onPath("dpkg-deb") && onPath("fakeroot")) {
                    installer(image, "deb");
                } else {
                    System.out.println("[installer] no .deb: dpkg-deb or fakeroot is not installed");
                }
                if (onPath("rpmbuild")) {
                    installer(image, "rpm");
                } else {
                    System.out.println("[installer] no .rpm: rpmbuild is not installed");
                }
            }
            case "windows" -> {
                if (onPath("candle.exe") && onPath("light.exe")) {
                    installer(image, "msi");
                } else {
                    System.out.println("[installer] no .msi: WiX 3 (candle.exe, light.exe) is not on the PATH");
                }
            }
            default -> installer(image, "dmg");
        }
    }

    void installer(Path image, String type) throws IOException {
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith("." + type)).toList()) {
                Files.delete(p);
            }
        }
        List<String> a = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(), "--dest", out.toString(),
                "--name", NAME, "--app-version", version, "--vendor", "Gazette Reader",
                "--description", "公报阅览 Gazette Reader: offline reader for government gazettes",
                "--license-file", base.resolve("LICENSE").toString(),
                "--resource-dir", resources().toString(),
                // .gzb library bundles open in the reader (its desktop entry passes the file: Exec=… %f).
                "--file-associations", base.resolve("installer").resolve("gzb-association.properties").toString(),
                "@" + base.resolve("installer").resolve(os).resolve("jpackage-" + type + ".args")));
        tool("jpackage", a);
        try (Stream<Path> made = Files.list(out)) {
            for (Path p : made.filter(p -> p.getFileName().toString().endsWith("." + type)).toList()) {
                report(type, p);
            }
        }
    }

    /**
     * jpackage's resource folder for the packages: {@code installer/<os>/} plus, on Linux, each
     * launcher's icon under the launcher's name. A package made from an app image otherwise gives
     * every launcher the same icon (the kiosk one would be the reader's).
     */
    Path resources() throws IOException {
        Path dir = work.resolve("resources-" + os);
        deleteTree(dir);
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(base.resolve("installer").resolve(os))) {
            // Not the arguments, the native library's source or the archive script: they go elsewhere.
            for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().matches(".*\\.(args|c|sh)"))
                    .toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        if (os.equals("linux")) {
            for (String launcher : List.of(NAME, KIOSK)) {
                Files.copy(icon(launcher), dir.resolve(launcher + ".png"));
            }
        }
        return dir;
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * The jars the app's jar names in its manifest's Class-Path (what {@code java -jar} loads), sorted
     * by name; not whatever lies in {@code target/lib}, where a dependency removed or upgraded since the
     * last {@code mvn clean} leaves its old jar (a build put the dropped icon pack into the packages).
     */
    static List<Path> classPath(Path jar) throws IOException {
        String cp;
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest m = j.getManifest();
            cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
        }
        if (cp == null || cp.isBlank()) {
            throw new IllegalStateException(jar + " has no Class-Path in its manifest");
        }
        List<Path> out = new ArrayList<>();
        for (String entry : cp.trim().split("\\s+")) {
            Path p = jar.resolveSibling(entry);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(jar + " names " + entry + " in its Class-Path, and " + p
                        + " is missing: run mvn package first");
            }
            out.add(p);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    /** javafx-graphics-21.0.11-linux.jar: the modular jar with this platform's classes (the plain one is empty). */
    static boolean isPlatformFxJar(Path p) {
        return p.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+-(linux|win|mac)[a-z0-9-]*\\.jar");
    }

    static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    static String tool(String name, List<String> args) {
        ToolProvider t = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter buf = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = t.run(new PrintWriter(buf, true), new PrintWriter(err, true), args.toArray(String[]::new));
        System.out.printf(Locale.ROOT, "[installer] %s: %d s%n", name, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        if (code != 0) {
            System.err.print(buf);
            System.err.print(err);
            throw new IllegalStateException(name + " failed with exit code " + code + " (arguments: " + args + ")");
        }
        if (!name.equals("jdeps")) {
            System.out.print(buf);
        }
        System.err.print(err);
        return buf.toString();
    }

    static int run(List<String> cmd, Map<String, String> env, int seconds, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        if (log != null) {
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        } else {
            pb.inheritIO();
        }
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("Timed out after " + seconds + " s: " + cmd);
        }
        return p.exitValue();
    }

    static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, exe)));
    }

    static void report(String what, Path p) throws IOException {
        long bytes;
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                bytes = s.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).sum();
            }
        } else {
            bytes = Files.size(p);
        }
        System.out.printf(Locale.ROOT, "[installer] %s: %s (%.1f MB)%n", what, p, bytes / 1048576.0);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
