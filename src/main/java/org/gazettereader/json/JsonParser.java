// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.json;

/**
 * Reads one JSON value (RFC 8259, strictly: no comments, no trailing commas, no single quotes, no
 * leading zeros, no NaN) from text that may come from anywhere, such as a bundle someone brought in.
 * Nesting is limited to {@value #MAX_DEPTH} levels, so that hostile text cannot exhaust the stack;
 * a number to {@value #MAX_NUMBER} characters and a string to {@value #MAX_STRING}, so that it cannot
 * make the reader spend minutes or print megabytes (nothing the reader writes comes near either).
 * A key given twice keeps its last value.
 */
final class JsonParser {
    static final int MAX_DEPTH = 256;
    static final int MAX_NUMBER = 1_000;
    static final int MAX_STRING = 1_000_000;

    private final String text;
    private int at;
    private int depth;

    JsonParser(String text) {
        this.text = text;
    }

    Json document() throws JsonException {
        skipSpace();
        if (at >= text.length()) {
            throw error("no JSON value (the text is empty)");
        }
        Json v = value();
        skipSpace();
        if (at < text.length()) {
            throw error("unexpected " + describe(at) + " after the value");
        }
        return v;
    }

    private Json value() throws JsonException {
        skipSpace();
        if (at >= text.length()) {
            throw error("the text ends where a value was expected");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> Json.of(string());
            case 't' -> literal("true", Json.of(true));
            case 'f' -> literal("false", Json.of(false));
            case 'n' -> literal("null", Json.nullValue());
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("unexpected " + describe(at) + " where a value was expected");
            }
        };
    }

    private Json object() throws JsonException {
        enter();
        at++; // {
        Json members = Json.object();
        if (closes('}')) {
            return members;
        }
        do {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a key in quotes, found " + describe(at));
            }
            String key = string();
            skipSpace();
            expect(':');
            members.set(key, value());
        } while (more('}', "an object"));
        return members;
    }

    private Json array() throws JsonException {
        enter();
        at++; // [
        Json array = Json.array();
        if (closes(']')) {
            return array;
        }
        do {
            array.add(value());
        } while (more(']', "an array"));
        return array;
    }

    /** Right after an opening bracket: whether {@code close} follows at once (an empty container), consumed. */
    private boolean closes(char close) {
        skipSpace();
        if (peek() != close) {
            return false;
        }
        at++;
        depth--;
        return true;
    }

    /** After a member or element: true at a comma, false at {@code close} (both consumed), else an error. */
    private boolean more(char close, String container) throws JsonException {
        skipSpace();
        char c = peek();
        if (c == ',') {
            at++;
            return true;
        }
        if (c != close) {
            throw error("expected , or " + close + " in " + container + ", found " + describe(at));
        }
        at++;
        depth--;
        return false;
    }

    private void enter() throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() throws JsonException {
        int start = at;
        at++; // "
        StringBuilder out = null;
        int run = at;
        while (true) {
            if (at >= text.length()) {
                at = start;
                throw error("a string that is never closed");
            }
            char c = text.charAt(at);
            if (c == '"') {
                String s = out == null ? text.substring(run, at) : out.append(text, run, at).toString();
                if (s.length() > MAX_STRING) {
                    at = start;
                    throw error("a string longer than " + MAX_STRING + " characters");
                }
                at++;
                return s;
            }
            if (at - start > 6L * MAX_STRING + 2) {
                at = start; // even all escapes (6 characters for one) cannot make this short enough
                throw error("a string longer than " + MAX_STRING + " characters");
            }
            if (c < 0x20) {
                throw error("a control character (U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c)
                        + ") inside a string; it must be escaped");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, run, at);
                at++;
                if (at >= text.length()) {
                    throw error("a string that ends inside an escape");
                }
                char e = text.charAt(at);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 >= text.length()) {
                            throw error("a \\u escape without its four hex digits");
                        }
                        int code = 0;
                        for (int i = 1; i <= 4; i++) {
                            int d = Character.digit(text.charAt(at + i), 16);
                            if (d < 0 || text.charAt(at + i) > 'f') {
                                throw error("a \\u escape without its four hex digits");
                            }
                            code = code * 16 + d;
                        }
                        out.append((char) code);
                        at += 4;
                    }
                    default -> throw error("an unknown escape \\" + describeChar(e) + " in a string");
                }
                at++;
                run = at;
            } else {
                at++;
            }
        }
    }

    private Json number() throws JsonException {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (digit(peek()) && peek() != '0') {
            digits();
        } else {
            throw error("a number without digits");
        }
        if (peek() == '.') {
            at++;
            if (!digit(peek())) {
                throw error("a number with no digits after its decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digit(peek())) {
                throw error("a number with no digits in its exponent");
            }
            digits();
        }
        if (digit(peek())) {
            throw error("a number with a leading zero");
        }
        if (at - start > MAX_NUMBER) {
            at = start;
            throw error("a number longer than " + MAX_NUMBER + " characters");
        }
        return Json.number(text.substring(start, at));
    }

    private void digits() {
        while (digit(peek())) {
            at++;
        }
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private Json literal(String word, Json v) throws JsonException {
        if (!text.startsWith(word, at)) {
            throw error("unexpected " + describe(at) + " where a value was expected");
        }
        at += word.length();
        return v;
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw error("expected " + c + ", found " + describe(at));
        }
        at++;
    }

    /** The character at the position, or 0 at the end (never a valid character there). */
    private char peek() {
        return at < text.length() ? text.charAt(at) : 0;
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private String describe(int i) {
        return i >= text.length() ? "the end of the text" : describeChar(text.charAt(i));
    }

    private static String describeChar(char c) {
        return c < 0x20 || c == 0x7F ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
    }

    private JsonException error(String why) {
        return new JsonException(position(text, at) + ": " + why);
    }

    /** "line L, column C" of the character at {@code at} of {@code text} (both counted from 1). */
    static String position(CharSequence text, int at) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

}
