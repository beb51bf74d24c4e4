// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value (RFC 8259): what the reader writes and reads of JSON, which is little (the command
 * line's {@code --json} output, a bundle's manifest, the kiosk's counters, lists of strings in the
 * library). Objects keep their keys in the order they were put. Built with {@link #object()} and
 * {@link #array()}, read with {@link #parse(String)}, written with {@link #write()} (indented) or
 * {@link #compact()}.
 *
 * <p>The reading methods never fail on a value of another kind: {@link #path(String)} of a missing
 * key gives a missing value, whose {@link #asText()} is empty and whose {@link #asInt(int)} is the
 * default, so that a reader checks what it needs and reports the rest as its own kind of damage.
 */
public final class Json implements Iterable<Json> {
    /** The kinds of value; MISSING is what {@link #path(String)} gives for a key that is not there. */
    private enum Kind { MISSING, NULL, BOOLEAN, NUMBER, STRING, ARRAY, OBJECT }

    private static final Json MISSING = new Json(Kind.MISSING, null);
    private static final Json NULL = new Json(Kind.NULL, null);
    private static final Json TRUE = new Json(Kind.BOOLEAN, Boolean.TRUE);
    private static final Json FALSE = new Json(Kind.BOOLEAN, Boolean.FALSE);

    private final Kind kind;
    /** Boolean, the number's JSON text, String, List of Json or Map of String to Json. */
    private final Object value;

    Json(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    // ---- making values -----------------------------------------------------------------------

    /** A new, empty object. */
    public static Json object() {
        return new Json(Kind.OBJECT, new LinkedHashMap<String, Json>());
    }

    /** A new, empty array. */
    public static Json array() {
        return new Json(Kind.ARRAY, new ArrayList<Json>());
    }

    /** The JSON null. */
    public static Json nullValue() {
        return NULL;
    }

    /** A string, or null for {@code null}. */
    public static Json of(String s) {
        return s == null ? NULL : new Json(Kind.STRING, s);
    }

    /** A number, or null for {@code null}; a float that is not finite (JSON has no NaN) is null too. */
    public static Json of(Number n) {
        if (n == null) {
            return NULL;
        }
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            return NULL;
        }
        return new Json(Kind.NUMBER, n.toString());
    }

    public static Json of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** Puts {@code v} (null writes null) under {@code key}, replacing what was there; returns this object. */
    public Json put(String key, String v) {
        return set(key, of(v));
    }

    public Json put(String key, long v) {
        return set(key, new Json(Kind.NUMBER, Long.toString(v)));
    }

    public Json put(String key, double v) {
        return set(key, of(v));
    }

    /** A float as it prints (0.45179144), not as the double it widens to (0.45179143953323364). */
    public Json put(String key, float v) {
        return set(key, of(v));
    }

    public Json put(String key, boolean v) {
        return set(key, of(v));
    }

    /** A boxed boolean; null writes null. */
    public Json put(String key, Boolean v) {
        return set(key, v == null ? NULL : of(v.booleanValue()));
    }

    /** A boxed number; null writes null. */
    public Json put(String key, Number v) {
        return set(key, of(v));
    }

    public Json putNull(String key) {
        return set(key, NULL);
    }

    /** Puts {@code v} (null writes null) under {@code key}; returns this object. */
    public Json set(String key, Json v) {
        members().put(key, v == null ? NULL : v);
        return this;
    }

    /** Puts every member of {@code other} (an object) into this one, in their order; returns this object. */
    public Json setAll(Json other) {
        other.members().forEach(this::set);
        return this;
    }

    /** A new array put under {@code key}, returned. */
    public Json putArray(String key) {
        Json a = array();
        set(key, a);
        return a;
    }

    /** A new object put under {@code key}, returned. */
    public Json putObject(String key) {
        Json o = object();
        set(key, o);
        return o;
    }

    /** Adds {@code v} (null adds null) at the end of this array; returns this array. */
    public Json add(String v) {
        return add(of(v));
    }

    public Json add(long v) {
        return add(new Json(Kind.NUMBER, Long.toString(v)));
    }

    public Json add(Json v) {
        elements().add(v == null ? NULL : v);
        return this;
    }

    /** A new object added at the end of this array, returned. */
    public Json addObject() {
        Json o = object();
        add(o);
        return o;
    }

    /** A new array added at the end of this array, returned. */
    public Json addArray() {
        Json a = array();
        add(a);
        return a;
    }

    // ---- reading values ----------------------------------------------------------------------

    /** Parses {@code text}: exactly one JSON value, with nothing but white space around it. */
    public static Json parse(String text) throws JsonException {
        return new JsonParser(text).document();
    }

    /** Parses UTF-8 {@code bytes} (a byte order mark is skipped). */
    public static Json parse(byte[] bytes) throws JsonException {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        var decoder = StandardCharsets.UTF_8.newDecoder();
        var in = java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from);
        var out = java.nio.CharBuffer.allocate(bytes.length - from);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw new JsonException(JsonParser.position(out, out.limit()) + ": bytes that are not UTF-8 text");
        }
        out.flip();
        return parse(out.toString());
    }

    /** The value under {@code key} of this object; null when there is none or this is not an object. */
    public Json get(String key) {
        return kind == Kind.OBJECT ? members().get(key) : null;
    }

    /** The value under {@code key} of this object, or a missing value. */
    public Json path(String key) {
        Json v = get(key);
        return v != null ? v : MISSING;
    }

    /** The element at {@code index} of this array, or a missing value. */
    public Json path(int index) {
        return kind == Kind.ARRAY && index >= 0 && index < elements().size() ? elements().get(index) : MISSING;
    }

    /** The number of elements of an array or members of an object; 0 for other values. */
    public int size() {
        return kind == Kind.ARRAY ? elements().size() : kind == Kind.OBJECT ? members().size() : 0;
    }

    /** The keys of this object in their order; none for other values. */
    public Iterable<String> keys() {
        return kind == Kind.OBJECT ? Collections.unmodifiableSet(members().keySet()) : List.of();
    }

    /** The elements of this array; none for other values. */
    @Override
    public Iterator<Json> iterator() {
        return kind == Kind.ARRAY ? Collections.unmodifiableList(elements()).iterator() : Collections.emptyIterator();
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    public boolean isTextual() {
        return kind == Kind.STRING;
    }

    /** A number without a fraction or exponent. */
    public boolean isIntegralNumber() {
        return kind == Kind.NUMBER && ((String) value).chars().allMatch(c -> c == '-' || c >= '0' && c <= '9');
    }

    /** A number without a fraction or exponent within {@code int}'s range. */
    public boolean isInt() {
        return isIntegralNumber() && fitsIn(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A number without a fraction or exponent within {@code long}'s range. */
    public boolean isLong() {
        return isIntegralNumber() && fitsIn(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private boolean fitsIn(long min, long max) {
        if (((String) value).length() > 20) {
            return false; // no long has more than 19 digits and a sign
        }
        var n = new java.math.BigInteger((String) value);
        return n.compareTo(java.math.BigInteger.valueOf(min)) >= 0 && n.compareTo(java.math.BigInteger.valueOf(max)) <= 0;
    }

    /** A string's text, a number's or a boolean's JSON text, "null" for null; empty for the rest. */
    public String asText() {
        return switch (kind) {
            case STRING, NUMBER -> (String) value;
            case BOOLEAN -> value.toString();
            case NULL -> "null";
            default -> "";
        };
    }

    /** An integral number within {@code int}'s range, else 0. */
    public int asInt() {
        return asInt(0);
    }

    /** An integral number within {@code long}'s range, else 0. */
    public long asLong() {
        return asLong(0);
    }

    /** A boolean's value, else false. */
    public boolean asBoolean() {
        return asBoolean(false);
    }

    /** An integral number within {@code int}'s range, else {@code otherwise}. */
    public int asInt(int otherwise) {
        return isInt() ? Integer.parseInt((String) value) : otherwise;
    }

    /** An integral number within {@code long}'s range, else {@code otherwise}. */
    public long asLong(long otherwise) {
        return isLong() ? Long.parseLong((String) value) : otherwise;
    }

    /** A number as a double, else {@code otherwise}. */
    public double asDouble(double otherwise) {
        return kind == Kind.NUMBER ? Double.parseDouble((String) value) : otherwise;
    }

    /** A boolean's value, else {@code otherwise}. */
    public boolean asBoolean(boolean otherwise) {
        return kind == Kind.BOOLEAN ? (Boolean) value : otherwise;
    }

    // ---- writing -----------------------------------------------------------------------------

    /** This value as JSON text indented by two spaces a level, keys in their order, without a line end. */
    public String write() {
        StringBuilder out = new StringBuilder();
        write(out, 0, true);
        return out.toString();
    }

    /** This value as JSON text on one line, without spaces. */
    public String compact() {
        StringBuilder out = new StringBuilder();
        write(out, 0, false);
        return out.toString();
    }

    /** {@link #write()} as UTF-8 with a line end. */
    public byte[] bytes() {
        return (write() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return compact();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Json j && kind == j.kind && java.util.Objects.equals(value, j.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + java.util.Objects.hashCode(value);
    }

    private void write(StringBuilder out, int level, boolean indent) {
        switch (kind) {
            case MISSING, NULL -> out.append("null");
            case BOOLEAN, NUMBER -> out.append(value);
            case STRING -> quote(out, (String) value);
            case ARRAY -> {
                List<Json> list = elements();
                if (list.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    newLine(out, level + 1, indent);
                    list.get(i).write(out, level + 1, indent);
                }
                newLine(out, level, indent);
                out.append(']');
            }
            case OBJECT -> {
                Map<String, Json> map = members();
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Json> e : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    newLine(out, level + 1, indent);
                    quote(out, e.getKey());
                    out.append(indent ? ": " : ":");
                    e.getValue().write(out, level + 1, indent);
                }
                newLine(out, level, indent);
                out.append('}');
            }
        }
    }

    private static void newLine(StringBuilder out, int level, boolean indent) {
        if (indent) {
            out.append('\n');
            out.append("  ".repeat(level));
        }
    }

    /**
     * {@code s} as a JSON string. Control characters are escaped, and so is a surrogate without its
     * pair (which UTF-8 cannot encode), so that the output is always valid UTF-8 JSON.
     */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }

    @SuppressWarnings("unchecked")
    private List<Json> elements() {
        if (kind != Kind.ARRAY) {
            throw new IllegalStateException("not a JSON array: " + kind);
        }
        return (List<Json>) value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Json> members() {
        if (kind != Kind.OBJECT) {
            throw new IllegalStateException("not a JSON object: " + kind);
        }
        return (Map<String, Json>) value;
    }

    static Json number(String text) {
        return new Json(Kind.NUMBER, text);
    }
}
