// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides the encoding of a text file from its bytes, never from its name: a BOM (UTF-8, UTF-16
 * LE/BE), else strict UTF-8, else GB18030 (a superset of GBK and GB2312) when the decoded text is
 * mostly Chinese. Binary content (NUL bytes, control characters) is refused.
 */
public final class EncodingDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, or empty when the bytes are not text in an encoding we know. */
    public record Decoded(String text, Charset charset) {
    }

    private EncodingDetector() {
    }

    public static Optional<Decoded> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8).filter(EncodingDetector::looksLikeText);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE).filter(EncodingDetector::looksLikeText);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE).filter(EncodingDetector::looksLikeText);
        }
        if (hasNul(bytes)) {
            return Optional.empty();
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.filter(EncodingDetector::looksLikeText);
        }
        return strict(bytes, 0, GB18030).filter(EncodingDetector::looksLikeText).filter(EncodingDetector::mostlyChinese);
    }

    private static boolean hasNul(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(new Decoded(chars.toString(), cs));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Text has few control characters besides tab, CR, LF and form feed. */
    static boolean looksLikeText(Decoded d) {
        String s = d.text();
        int control = 0;
        int n = Math.min(s.length(), 1 << 16);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    || c == '\uFFFD') {
                control++;
            }
        }
        return control <= n / 200;
    }

    /** GB18030 decodes almost any byte soup; accept it only when Han characters dominate the non-ASCII text. */
    static boolean mostlyChinese(Decoded d) {
        String s = d.text();
        int han = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027)) {
                han++;
            } else {
                other++;
            }
        }
        return han > 0 && other * 10 < han;
    }
}
