// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.gazettereader.model.Notice;

/** The bundled sample issue and test fixtures, copied out of the class path into real files. */
public final class Samples {
    public static final String SAMPLE = "/assets/samples/lvliang-gazette-2023-01.txt";

    private Samples() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path copy(String resource, Path dir) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus generator that varies the sample issue. */
    public static CorpusGenerator generator() {
        try {
            return CorpusGenerator.from(Path.of("sample.txt"), bytes(SAMPLE));
        } catch (ImportException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes {@code issues} generated issues (seeded by {@code seed}) into {@code dir}; returns {@code dir}. */
    public static Path corpus(Path dir, long seed, int issues) throws IOException {
        generator().write(dir, seed, issues);
        return dir;
    }

    /** The notices of the sample issue, parsed afresh. */
    public static List<Notice> sampleNotices() {
        return parseSample().issue().notices();
    }

    public static ParseResult parseSample() {
        try {
            Path file = Path.of("lvliang-gazette-2023-01.txt");
            return GazetteParser.standard().parse(file, new TextSourceReader().read(file, bytes(SAMPLE)));
        } catch (ImportException e) {
            throw new AssertionError(e);
        }
    }
}
