// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.gazettereader.config.Problem;

/**
 * Opens a gazette file: checks that it exists, is not empty and not larger than any gazette issue
 * is, tells PDF from text by its first bytes (never by its name) and hands it to the right reader.
 */
public final class SourceFiles {
    /** No gazette issue as text is this large; a larger file is refused before it is read. */
    public static final long MAX_TEXT_BYTES = 40L * 1024 * 1024;
    public static final long MAX_PDF_BYTES = 200L * 1024 * 1024;

    private final SourceReader text;
    private final SourceReader pdf;

    public SourceFiles(SourceReader text, SourceReader pdf) {
        this.text = text;
        this.pdf = pdf;
    }

    public static SourceFiles standard() {
        return new SourceFiles(new TextSourceReader(), new PdfSourceReader());
    }

    /** The file's bytes, after the size checks. */
    public static byte[] readBytes(Path file) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(file, Problem.of("import.isFolder"));
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(file, Problem.of("import.empty"));
            }
            boolean isPdf = startsWithPdfMagic(file);
            long limit = isPdf ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
            if (size > limit) {
                throw new ImportException(file, Problem.of(isPdf ? "import.tooLargePdf" : "import.tooLargeText",
                        size / (1024 * 1024), limit / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, Problem.of("import.noSuchFile"), e);
        } catch (IOException e) {
            throw new ImportException(file, Problem.of("import.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    private static boolean startsWithPdfMagic(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return isPdf(head);
        }
    }

    /** Whether {@code bytes} start like a PDF file. */
    public static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    /** Reads the file into lines. */
    public List<SourceLine> read(Path file) throws ImportException {
        byte[] bytes = readBytes(file);
        return read(file, bytes);
    }

    public List<SourceLine> read(Path file, byte[] bytes) throws ImportException {
        return isPdf(bytes) ? pdf.read(file, bytes) : text.read(file, bytes);
    }
}
