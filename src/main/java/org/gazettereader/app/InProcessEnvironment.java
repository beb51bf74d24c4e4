// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Sets variables in this process's own environment, where native code (GTK) reads them; Java has no
 * way to. It goes through {@code libgazette-env.so}, the app's one JNI library, which the installer
 * builds on Linux from {@code installer/linux/gazette-env.c} and names with
 * {@code -D}{@value #LIBRARY}. Without it ({@code java -jar}, a package built without a C compiler)
 * nothing is set and the caller starts a child process with the variables instead.
 *
 * <p>{@link System#getenv} keeps the values this JVM started with, and so do the processes it
 * starts: only native code sees what is set here.
 */
final class InProcessEnvironment {
    /** The system property naming the library's file. */
    static final String LIBRARY = "gazette.envLibrary";
    private static Boolean loaded;

    private InProcessEnvironment() {
    }

    /**
     * Sets every variable and reads each back; false, with nothing more set, as soon as one cannot
     * be (no library, a name with {@code =} or a NUL). Call it before any native code that reads
     * them has started: the C library's environment is not safe to change while other threads read it.
     */
    static synchronized boolean setAll(Map<String, String> variables) {
        if (!load()) {
            return false;
        }
        // Java reads the environment once, at the first getenv: that view must be the one the JVM started with.
        System.getenv();
        Charset charset = charset();
        for (Map.Entry<String, String> v : variables.entrySet()) {
            byte[] name = v.getKey().getBytes(charset);
            byte[] value = v.getValue().getBytes(charset);
            if (setenv0(name, value) != 0 || !Arrays.equals(getenv0(name), value)) {
                return false;
            }
        }
        return true;
    }

    /** What native code reads for {@code name} now; null when it is not set or the library is not there. */
    static synchronized String get(String name) {
        if (!load()) {
            return null;
        }
        byte[] value = getenv0(name.getBytes(charset()));
        return value == null ? null : new String(value, charset());
    }

    private static boolean load() {
        if (loaded == null) {
            String file = System.getProperty(LIBRARY);
            boolean ok = false;
            if (file != null && !file.isBlank()) {
                try {
                    System.load(file);
                    ok = true;
                } catch (UnsatisfiedLinkError | SecurityException e) {
                    // Missing, another machine's or unreadable: the caller's fallback (a child process) works.
                }
            }
            loaded = ok;
        }
        return loaded;
    }

    /** How this JVM writes names and paths for the operating system (UTF-8 where the locale is). */
    private static Charset charset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static native int setenv0(byte[] name, byte[] value);

    private static native byte[] getenv0(byte[] name);
}
