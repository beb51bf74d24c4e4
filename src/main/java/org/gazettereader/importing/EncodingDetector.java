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
 *
 * <p>A file with a few bytes that are not text in its encoding is still read, each such byte
 * sequence as U+FFFD (�), and the parser then warns how many there are: in UTF-8 (which keeps
 * damage local) at most {@value #DAMAGE_PER_MILLE} per thousand characters anywhere, a stray byte
 * from a bad copy or OCR software; in GB18030 (where a lost byte shifts the characters after it into
 * others, up to the end of the line) only a last character cut by a truncated file; in UTF-16 (where
 * the shift runs to the end of the file) only half a surrogate pair at the end.
 */
public final class EncodingDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");
    /** At most this many undecodable sequences per thousand characters (and at least one is allowed). */
    static final int DAMAGE_PER_MILLE = 1;

    /** The decoded text, or empty when the bytes are not text in an encoding we know. */
    public record Decoded(String text, Charset charset) {
    }

    private EncodingDetector() {
    }

    public static Optional<Decoded> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return marked(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return marked(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return marked(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (hasNul(bytes)) {
            return Optional.empty();
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.filter(EncodingDetector::looksLikeText);
        }
        Decoded damagedUtf8 = lenient(bytes, 0, StandardCharsets.UTF_8);
        if (fewDamagedUtf8(damagedUtf8)) {
            return Optional.of(damagedUtf8);
        }
        Optional<Decoded> gb = strict(bytes, 0, GB18030).filter(EncodingDetector::looksLikeText)
                .filter(EncodingDetector::mostlyChinese);
        if (gb.isPresent()) {
            return gb;
        }
        // GB18030 is not self-synchronising: a byte lost or added in the middle shifts every pair after
        // it into other, valid characters. Only a file cut at its end (its last character incomplete) is read.
        Decoded cutGb = lenient(bytes, 0, GB18030);
        return damagedOnlyAtTheEnd(cutGb.text())
                ? Optional.of(cutGb).filter(EncodingDetector::looksLikeText).filter(EncodingDetector::mostlyChinese)
                : Optional.empty();
    }

    /** UTF-8 with a few damaged bytes (see {@link #utf8Damage}). */
    private static boolean fewDamagedUtf8(Decoded d) {
        int bad = utf8Damage(d);
        return bad >= 0 && bad <= allowedDamage(d.text());
    }

    /**
     * For a file {@link #decode} refused: how many damaged sequences it has if it is otherwise plainly
     * UTF-8 (too damaged to read, not binary and not another encoding), and how many its length allows.
     */
    public static Optional<int[]> tooDamagedUtf8(byte[] bytes) {
        if (hasNul(bytes)) {
            return Optional.empty();
        }
        Decoded d = lenient(bytes, 0, StandardCharsets.UTF_8);
        int bad = utf8Damage(d);
        int allowed = allowedDamage(d.text());
        return bad > allowed ? Optional.of(new int[] {bad, allowed}) : Optional.empty();
    }

    /**
     * The damaged sequences (U+FFFD) of text decoded leniently as UTF-8, or -1 when it is not UTF-8 with
     * damage but another encoding or no text. UTF-8 resynchronises at the next character, so damage
     * stays where it is; and the rest of the file's multi-byte characters are valid UTF-8, which text in
     * GBK practically never is (about one GBK character in seven happens to be a valid UTF-8 sequence).
     */
    private static int utf8Damage(Decoded d) {
        int bad = replaced(d.text());
        return validNonAscii(d.text()) >= 2 * bad && looksLikeText(d) ? bad : -1;
    }

    /** Whether the only U+FFFD are among the last two characters: a file cut inside its last character. */
    static boolean damagedOnlyAtTheEnd(String text) {
        int first = text.indexOf('\uFFFD');
        return first < 0 || first >= text.length() - 2;
    }

    /** A file whose byte order mark names its encoding: read in it, tolerating a few damaged bytes. */
    private static Optional<Decoded> marked(byte[] bytes, int offset, Charset cs) {
        Optional<Decoded> strict = strict(bytes, offset, cs);
        if (strict.isPresent()) {
            return strict.filter(EncodingDetector::looksLikeText);
        }
        Decoded damaged = lenient(bytes, offset, cs);
        // UTF-8 keeps damage local; UTF-16 does not: a byte lost anywhere shifts every character after it
        // into others and leaves an odd count, which a file cut at its end has too. Of UTF-16, only an
        // even count with half a surrogate pair at the end is read.
        boolean readable = cs.equals(StandardCharsets.UTF_8) ? fewDamagedUtf8(damaged)
                : (bytes.length - offset) % 2 == 0 && damagedOnlyAtTheEnd(damaged.text());
        return readable ? Optional.of(damaged).filter(EncodingDetector::looksLikeText) : Optional.empty();
    }

    /** The number of undecodable sequences tolerated in {@code text}. */
    private static int allowedDamage(String text) {
        return Math.max(1, text.length() / 1000 * DAMAGE_PER_MILLE);
    }

    /** The number of U+FFFD (what a decoder puts for bytes it cannot read) in {@code text}. */
    public static int replaced(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    private static int validNonAscii(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c != '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return new Decoded(dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), cs);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
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
            // U+FFFD is not counted: the damage it stands for is limited where the text is decoded.
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
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
