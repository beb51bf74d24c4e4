// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.gazettereader.library.LibrarySwap;

/** Child process for the kill test: installs a bundle, halting at the step the system property names. */
public final class InstallChild {
    private InstallChild() {
    }

    /** Starts this class in a new JVM on the test class path; output and errors merged. */
    static Process start(Path bundle, Path lib, String crashAt) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-D" + LibrarySwap.CRASH_PROPERTY + "=" + crashAt, InstallChild.class.getName(), bundle.toString(), lib.toString())
                .redirectErrorStream(true).start();
    }

    public static void main(String[] args) {
        BundleInstaller.install(Path.of(args[0]), Path.of(args[1]), Optional.empty(), BundleListener.NONE);
        System.out.println("installed");
    }
}
