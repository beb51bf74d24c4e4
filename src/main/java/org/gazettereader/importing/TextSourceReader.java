// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.config.Problem;

/** Plain text in UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK; any line ends. */
public final class TextSourceReader implements SourceReader {
    @Override
    public List<SourceLine> read(Path file, byte[] bytes) throws ImportException {
        EncodingDetector.Decoded decoded = EncodingDetector.decode(bytes).orElseThrow(() -> new ImportException(file,
                EncodingDetector.tooDamagedUtf8(bytes).map(n -> Problem.of("import.tooDamaged", n[0], n[1]))
                        .orElse(Problem.of("import.notText"))));
        return lines(decoded.text());
    }

    /** Splits on CRLF, LF, CR and form feed. */
    public static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                lines.add(new SourceLine(text.substring(start, i), null));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(new SourceLine(text.substring(start), null));
        }
        return lines;
    }
}
