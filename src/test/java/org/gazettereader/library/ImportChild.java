// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.nio.file.Path;
import java.util.List;

/** Child process for the crash test: imports a folder and reports each file on stdout before importing it. */
public final class ImportChild {
    private ImportChild() {
    }

    /** Starts this class in a new JVM on the test class path, importing {@code corpus} into {@code lib}; output and errors merged. */
    static Process start(Path lib, Path corpus, String maxHeap) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx" + maxHeap,
                ImportChild.class.getName(), lib.toString(), corpus.toString())
                .redirectErrorStream(true).start();
    }

    public static void main(String[] args) {
        try (Library library = Library.open(Path.of(args[0]))) {
            System.out.println("opened");
            System.out.flush();
            library.importPaths(List.of(Path.of(args[1])), (done, total, file) -> {
                System.out.println("progress " + done + "/" + total);
                System.out.flush();
            }, () -> false);
            System.out.println("finished");
            System.out.flush();
        }
    }
}
