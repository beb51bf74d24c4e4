// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;

/**
 * A notice's blocks (body and attachments) as one compressed value: the {@code notice_texts.body}
 * column of migration 005. One row a notice instead of one a paragraph, so that SQLite neither
 * repeats the notice id per paragraph nor leaves most of an overflow page empty per long
 * paragraph, and a table's text is stored once (as its cells). See docs/BENCHMARKS.md
 * ("Where a library's space goes").
 *
 * <p>Format (then deflated): a version byte, a block count, and per block its part (0 = body,
 * n = the n-th attachment), type name, a flags byte saying which of level, number, page and rows
 * follow, then either the text or the table's rows of cells. Strings are a length and UTF-8.
 */
final class PackedBlocks {
    static final int VERSION = 1;
    private static final int LEVEL = 1;
    private static final int NUMBER = 2;
    private static final int PAGE = 4;
    private static final int ROWS = 8;
    /**
     * How much of a notice a search snippet looks through for the hit's words (in the order of its
     * blocks): a search shows twenty snippets at a time, and a law of several hundred kilobytes
     * would otherwise be inflated and scanned whole for each. Words only found later give the
     * notice's first block, unhighlighted.
     */
    static final int PASSAGE_BYTES = 48 * 1024;
    /**
     * Beyond anything an import can store (a text file is refused above {@link
     * org.gazettereader.importing.SourceFiles#MAX_TEXT_BYTES}, and one paragraph is at most all of it):
     * a larger count means a damaged value, not a big notice. It was 10,000,000, below that limit: a
     * tester's file of one 15 MB paragraph imported and then could never be read.
     */
    static final int MAX_COUNT = (int) (org.gazettereader.importing.SourceFiles.MAX_TEXT_BYTES + (8 << 20));

    /** One block with the part it belongs to. */
    record PartBlock(int part, Block block) {
    }

    private PackedBlocks() {
    }

    static byte[] pack(List<PartBlock> blocks) {
        // Written whole into memory first, then deflated in one call: a deflater fed byte by byte
        // (the counts and flags) made an import ten times slower.
        ByteArrayOutputStream raw = new ByteArrayOutputStream(256 + blocks.size() * 128);
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeByte(VERSION);
            writeCount(out, blocks.size());
            for (PartBlock pb : blocks) {
                Block b = pb.block();
                writeCount(out, pb.part());
                writeString(out, b.type().name());
                boolean table = !b.rows().isEmpty() && b.text().equals(Block.table(b.rows(), null).text());
                int flags = (b.level() != null ? LEVEL : 0) | (b.number() != null ? NUMBER : 0)
                        | (b.page() != null ? PAGE : 0) | (table ? ROWS : 0);
                out.writeByte(flags);
                if (b.level() != null) {
                    out.writeInt(b.level());
                }
                if (b.number() != null) {
                    writeString(out, b.number());
                }
                if (b.page() != null) {
                    out.writeInt(b.page());
                }
                if (table) {
                    writeCount(out, b.rows().size());
                    for (List<String> row : b.rows()) {
                        writeCount(out, row.size());
                        for (String cell : row) {
                            writeString(out, cell);
                        }
                    }
                } else {
                    writeString(out, b.text());
                    // A table whose text is not its cells joined (never written so; kept exact anyway).
                    writeCount(out, b.rows().size());
                    for (List<String> row : b.rows()) {
                        writeCount(out, row.size());
                        for (String cell : row) {
                            writeString(out, cell);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to memory", e);
        }
        return deflate(raw.toByteArray());
    }

    private static byte[] deflate(byte[] raw) {
        // The fastest level: the default took 40 % of the import's storing thread for 11 % less space.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
            byte[] chunk = new byte[Math.min(65536, raw.length + 64)];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] packed) throws IOException {
        return inflate(packed, Integer.MAX_VALUE);
    }

    /** Inflates at most about {@code limit} bytes (whole when the value is shorter). */
    private static byte[] inflate(byte[] packed, int limit) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, packed.length * 3 + 64));
            byte[] chunk = new byte[Math.min(65536, limit)];
            while (!inflater.finished() && out.size() < limit) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new EOFException("value ends early");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (java.util.zip.DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    static List<PartBlock> unpack(byte[] packed, String noticeId) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(inflate(packed)))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw damaged(noticeId, "format " + version);
            }
            int count = readCount(in);
            List<PartBlock> out = new ArrayList<>(Math.min(count, 4096));
            for (int i = 0; i < count; i++) {
                int part = readCount(in);
                BlockType type = BlockType.valueOf(readString(in));
                int flags = in.readUnsignedByte();
                Integer level = (flags & LEVEL) != 0 ? in.readInt() : null;
                String number = (flags & NUMBER) != 0 ? readString(in) : null;
                Integer page = (flags & PAGE) != 0 ? in.readInt() : null;
                Block b;
                if ((flags & ROWS) != 0) {
                    List<List<String>> rows = readRows(in);
                    b = new Block(type, level, number, Block.table(rows, null).text(), rows, page);
                } else {
                    String text = readString(in);
                    List<List<String>> rows = readRows(in);
                    b = new Block(type, level, number, text, rows.isEmpty() ? null : rows, page);
                }
                out.add(new PartBlock(part, b));
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(noticeId, e.getMessage());
        }
    }

    /**
     * The text of the first block holding one of {@code words} (tried in their order), else of the
     * first block; null for a notice without blocks. What search snippets need, found in the
     * inflated bytes without decoding every block: a search shows twenty of these at a time.
     */
    static String passage(byte[] packed, String noticeId, List<String> words) {
        byte[] raw;
        try {
            raw = inflate(packed, PASSAGE_BYTES);
        } catch (IOException e) {
            throw damaged(noticeId, e.getMessage());
        }
        boolean cut = raw.length >= PASSAGE_BYTES;
        List<int[]> spans = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try {
            Cursor in = new Cursor(raw);
            if (in.readByte() != VERSION) {
                throw damaged(noticeId, "format");
            }
            int count = in.readCount();
            for (int i = 0; i < count; i++) {
                in.readCount(); // part
                in.skipString(); // type
                int flags = in.readByte();
                if ((flags & LEVEL) != 0) {
                    in.skip(4);
                }
                if ((flags & NUMBER) != 0) {
                    in.skipString();
                }
                if ((flags & PAGE) != 0) {
                    in.skip(4);
                }
                if ((flags & ROWS) != 0) {
                    // A table's text is its cells joined: rare enough to decode whole.
                    StringBuilder text = new StringBuilder();
                    int rows = in.readCount();
                    for (int r = 0; r < rows; r++) {
                        int cells = in.readCount();
                        for (int c = 0; c < cells; c++) {
                            text.append(c > 0 ? "\t" : "").append(in.readString());
                        }
                        text.append(r < rows - 1 ? "\n" : "");
                    }
                    spans.add(new int[] {-1, tables.size()});
                    tables.add(text.toString());
                } else {
                    int n = in.readCount();
                    spans.add(new int[] {in.pos, n});
                    in.skip(n);
                    int rows = in.readCount();
                    for (int r = 0; r < rows; r++) {
                        int cells = in.readCount();
                        for (int c = 0; c < cells; c++) {
                            in.skipString();
                        }
                    }
                }
            }
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            if (!cut) {
                throw damaged(noticeId, "value ends early");
            }
            // The first PASSAGE_BYTES only: the block read when they ran out may be cut off.
            if (!spans.isEmpty() && spans.get(spans.size() - 1)[0] >= 0
                    && spans.get(spans.size() - 1)[0] + spans.get(spans.size() - 1)[1] > raw.length) {
                spans.remove(spans.size() - 1);
            }
        }
        for (String w : words) {
            if (w.isBlank()) {
                continue;
            }
            byte[] pattern = w.getBytes(StandardCharsets.UTF_8);
            for (int[] span : spans) {
                if (span[0] < 0 ? tables.get(span[1]).contains(w) : indexOf(raw, span[0], span[1], pattern) >= 0) {
                    return text(raw, span, tables);
                }
            }
        }
        return spans.isEmpty() ? null : text(raw, spans.get(0), tables);
    }

    private static String text(byte[] raw, int[] span, List<String> tables) {
        return span[0] < 0 ? tables.get(span[1]) : new String(raw, span[0], span[1], StandardCharsets.UTF_8);
    }

    /** Where {@code pattern} starts in {@code raw[from, from + length)}, or -1 (UTF-8: a byte match is a character match). */
    private static int indexOf(byte[] raw, int from, int length, byte[] pattern) {
        int end = from + length - pattern.length;
        outer:
        for (int i = from; i <= end; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (raw[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Reads the packed format from an array without streams. */
    private static final class Cursor {
        final byte[] b;
        int pos;

        Cursor(byte[] b) {
            this.b = b;
        }

        int readByte() {
            return b[pos++] & 0xff;
        }

        int readCount() {
            int n = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int x = readByte();
                n |= (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    if (n < 0 || n > MAX_COUNT) {
                        throw new IllegalStateException("count out of range");
                    }
                    return n;
                }
            }
            throw new IllegalStateException("count too long");
        }

        void skip(int n) {
            if (n < 0 || pos + n > b.length) {
                throw new IndexOutOfBoundsException(pos + n);
            }
            pos += n;
        }

        void skipString() {
            skip(readCount());
        }

        String readString() {
            int n = readCount();
            skip(n);
            return new String(b, pos - n, n, StandardCharsets.UTF_8);
        }
    }

    private static LibraryException damaged(String noticeId, String why) {
        return new LibraryException("Damaged text of notice " + noticeId + " in the library: " + why);
    }

    private static List<List<String>> readRows(DataInputStream in) throws IOException {
        int n = readCount(in);
        List<List<String>> rows = new ArrayList<>(Math.min(n, 1024));
        for (int r = 0; r < n; r++) {
            int cells = readCount(in);
            List<String> row = new ArrayList<>(Math.min(cells, 256));
            for (int c = 0; c < cells; c++) {
                row.add(readString(in));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeCount(out, b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = readCount(in);
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** An unsigned variable-length count: seven bits a byte, high bit set while more follow. */
    private static void writeCount(OutputStream out, int n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("negative count " + n);
        }
        while (n >= 0x80) {
            out.write((n & 0x7f) | 0x80);
            n >>>= 7;
        }
        out.write(n);
    }

    private static int readCount(InputStream in) throws IOException {
        int n = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("value ends early");
            }
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (n < 0 || n > MAX_COUNT) {
                    throw new IOException("count out of range: " + n);
                }
                return n;
            }
        }
        throw new IOException("count too long");
    }
}
