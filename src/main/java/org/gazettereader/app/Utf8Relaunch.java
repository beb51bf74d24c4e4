// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs the program again in a child JVM when this one was started under the C/POSIX locale.
 *
 * <p>There the JVM on Linux decodes file names, paths and arguments as ASCII: a Chinese file name
 * becomes U+FFFD for ever and a Chinese path cannot even be opened. Kiosk images and service
 * managers often start programs that way. {@code -Dsun.jnu.encoding=UTF-8} does not help: JDK 17
 * sets that property from the locale and ignores the command line. The child therefore gets the
 * locale C.UTF-8 for its character type (nothing else changes: the language stays C), the same JVM
 * options and class path, and the inherited stdin, stdout and stderr; the parent waits and exits
 * with the child's exit code.
 *
 * <p>The arguments were already decoded lossily in the parent and cannot be passed on a command
 * line the parent encodes as ASCII, so their original bytes are read from {@code /proc/self/cmdline}
 * and handed over in a temporary file named by the environment variable {@value #CHILD_ENV} with
 * the parent's process id; the child reads and deletes it. That variable also keeps the child from
 * starting another. Without {@code /proc}, on Windows, and under every other locale (a GB18030
 * locale decodes Chinese correctly and its file names are GB18030), nothing changes.
 *
 * <p>The same way, {@link #runInChild} starts the window in a child with other variables (see
 * {@link GtkRecentList}); the child's start-up is timed from the parent's start.
 */
final class Utf8Relaunch {
    /** Marks the child: {@code <parent pid>:<arguments file>}. */
    static final String CHILD_ENV = "GAZETTE_READER_UTF8_CHILD";
    static final String UTF8_LOCALE = "C.UTF-8";
    /** When the parent JVM started, in milliseconds since the epoch: start-up is timed from there. */
    static final String STARTED_ENV = "GAZETTE_READER_STARTED";
    private static final String CMDLINE = "/proc/self/cmdline";
    /** Set once this process read the arguments its parent left: it is that parent's child. */
    private static boolean inheritedArguments;

    private Utf8Relaunch() {
    }

    /**
     * In the child this method's parent started: the original arguments, read from the file the
     * parent wrote (which is then deleted). Empty in every other process, including processes the
     * child starts, which inherit the variable but not the parent.
     */
    static Optional<String[]> inheritedArguments() {
        String marker = System.getenv(CHILD_ENV);
        if (marker == null) {
            return Optional.empty();
        }
        int colon = marker.indexOf(':');
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (colon < 0 || !marker.substring(0, colon).equals(Long.toString(parent))) {
            return Optional.empty();
        }
        Path file = Path.of(marker.substring(colon + 1));
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            inheritedArguments = true;
            return Optional.of(split(bytes).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the arguments the parent process left in " + file, e);
        }
    }

    /**
     * Runs the program in a child with a UTF-8 locale when this JVM decodes names as ASCII, and
     * returns the child's exit code; empty when that is not needed or not possible. The child also
     * gets {@code extraEnv} (the window's private GTK folder, see {@link GtkRecentList}).
     */
    static OptionalInt runInUtf8Child(String[] args, Map<String, String> extraEnv) {
        if (System.getProperty("os.name", "").startsWith("Windows")
                || !isAscii(System.getProperty("sun.jnu.encoding"))) {
            return OptionalInt.empty();
        }
        Map<String, String> locale = childLocale(System.getenv());
        Path cmdline = Path.of(CMDLINE);
        if (locale == null || !Files.isReadable(cmdline)) {
            return OptionalInt.empty();
        }
        try {
            List<byte[]> original = originalArguments(Files.readAllBytes(cmdline), args);
            List<String> command = command();
            if (original == null || command == null) {
                return OptionalInt.empty();
            }
            Map<String, String> env = new java.util.HashMap<>(locale);
            env.putAll(extraEnv);
            return OptionalInt.of(run(command, env, original));
        } catch (IOException e) {
            // No readable /proc entry, no temporary file, no child: run here as before.
            return OptionalInt.empty();
        }
    }

    /**
     * Runs the program in a child that gets {@code env} (under any locale; the arguments, decoded
     * correctly here, are handed over as UTF-8) and returns its exit code; empty when it cannot.
     */
    static OptionalInt runInChild(String[] args, Map<String, String> env) {
        List<String> command = command();
        if (command == null) {
            return OptionalInt.empty();
        }
        List<byte[]> arguments = Arrays.stream(args).map(a -> a.getBytes(StandardCharsets.UTF_8)).toList();
        try {
            return OptionalInt.of(run(command, env, arguments));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** In a child this class started: when its parent JVM started (the user's start), else this JVM's. */
    static long startTime() {
        String parent = System.getenv(STARTED_ENV);
        long own = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (parent != null && inheritedArguments) {
            try {
                return Math.min(own, Long.parseLong(parent));
            } catch (NumberFormatException e) {
                return own;
            }
        }
        return own;
    }

    static boolean isAscii(String charset) {
        try {
            return charset != null && Charset.forName(charset).equals(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The locale variables to set in the child, or null when the character type is not C or POSIX
     * (another locale was chosen on purpose, or is missing, and C.UTF-8 would not be a mere repair).
     */
    static Map<String, String> childLocale(Map<String, String> env) {
        String ctype = "";
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                ctype = v;
                break;
            }
        }
        if (!ctype.isEmpty() && !ctype.equals("C") && !ctype.equals("POSIX")) {
            return null;
        }
        String lcAll = env.get("LC_ALL");
        return Map.of(lcAll != null && !lcAll.isEmpty() ? "LC_ALL" : "LC_CTYPE", UTF8_LOCALE);
    }

    /**
     * The last {@code args.length} entries of a NUL-separated command line, as the bytes that were
     * typed, or null when they do not match {@code args} (the ASCII characters must be the same).
     */
    static List<byte[]> originalArguments(byte[] cmdline, String[] args) {
        List<byte[]> all = split(cmdline);
        if (all.size() <= args.length) {
            return null;
        }
        List<byte[]> tail = all.subList(all.size() - args.length, all.size());
        for (int i = 0; i < args.length; i++) {
            String ascii = new String(tail.get(i), StandardCharsets.US_ASCII);
            if (ascii.length() != args[i].length()) {
                return null;
            }
            for (int k = 0; k < ascii.length(); k++) {
                char c = ascii.charAt(k);
                if (c < 0x80 && c != args[i].charAt(k)) {
                    return null;
                }
            }
        }
        return List.copyOf(tail);
    }

    /** Entries terminated (or, the last one, ended) by NUL. */
    static List<byte[]> split(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                out.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return out;
    }

    /**
     * The command that starts this program again without its arguments: java from java.home with
     * this JVM's options and class path (a jpackage image keeps bin/java, and its launcher's options
     * are among this JVM's, while anything added to them, such as bench startup's or -Xshare:off,
     * would be lost by starting the launcher again); the jpackage launcher where there is no java.
     * Null when that cannot be done faithfully: a module main class, a debugger agent on a fixed
     * port, or a path or option this locale already garbled.
     */
    private static List<String> command() {
        List<String> command = new ArrayList<>();
        String launcher = System.getProperty("jpackage.app-path");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(java) && System.getProperty("jdk.module.main") == null) {
            List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
            if (jvm.stream().anyMatch(a -> a.startsWith("-agentlib:jdwp") || a.startsWith("-Xrunjdwp"))) {
                return null;
            }
            String classPath = System.getProperty("java.class.path", "");
            String started = System.getProperty("sun.java.command", "");
            command.add(java.toString());
            command.addAll(jvm);
            command.add("-Dfile.encoding=UTF-8");
            if (!classPath.isEmpty() && (started.equals(classPath) || started.startsWith(classPath + " "))) {
                command.addAll(List.of("-jar", classPath));
            } else {
                command.addAll(List.of("-cp", classPath, Main.class.getName()));
            }
        } else if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            command.add(launcher);
        } else {
            return null;
        }
        return command.stream().anyMatch(s -> s.indexOf('\uFFFD') >= 0) ? null : command;
    }

    private static int run(List<String> command, Map<String, String> childEnv, List<byte[]> arguments) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] a : arguments) {
            bytes.write(a);
            bytes.write(0);
        }
        Path file = Files.createTempFile("gazette-reader-args-", ".bin");
        Process child;
        try {
            Files.write(file, bytes.toByteArray());
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            Map<String, String> env = pb.environment();
            env.putAll(childEnv);
            env.put(STARTED_ENV, Long.toString(ManagementFactory.getRuntimeMXBean().getStartTime()));
            // Their options are among this JVM's input arguments already: read twice, an agent would load twice.
            env.remove("JAVA_TOOL_OPTIONS");
            env.remove("JDK_JAVA_OPTIONS");
            // Set by a jpackage launcher for its own second stage; inherited, the child's launcher
            // would take itself for that stage and start java without the application.
            env.remove("_JPACKAGE_LAUNCHER");
            env.put(CHILD_ENV, ProcessHandle.current().pid() + ":" + file);
            child = pb.start();
        } catch (IOException e) {
            deleteLeftover(file);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "gazette-utf8-child-stop"));
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // Nothing interrupts main; keep waiting for the child, which owns the terminal.
            }
        }
        deleteLeftover(file);
        return code;
    }

    /** The child deletes the file once read; this covers a child that never got that far. */
    private static void deleteLeftover(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The program has run (or is about to run here); a stray file in the temp folder is
            // the whole cost, and no reason to fail it.
        }
    }
}
