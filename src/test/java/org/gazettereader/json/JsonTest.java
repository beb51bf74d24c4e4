// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader's own JSON, checked against Jackson (a test dependency only): what Json writes, Jackson
 * reads as the same tree; what Jackson writes, Json reads as the same tree; and text that is not
 * JSON is refused with its line and column, whatever it is.
 */
class JsonTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void readsWhatItWritesAndJacksonReadsItTheSame() throws Exception {
        Random random = new Random(20261201);
        for (int i = 0; i < 2_000; i++) {
            Json value = randomValue(random, 0);
            for (String text : List.of(value.write(), value.compact())) {
                assertThat(Json.parse(text)).as(text).isEqualTo(value);
                JsonNode theirs = JACKSON.readTree(text);
                assertThat(Json.parse(JACKSON.writeValueAsString(theirs))).as(text).isEqualTo(value);
                assertThat(JACKSON.readTree(new String(value.bytes(), StandardCharsets.UTF_8))).isEqualTo(theirs);
            }
        }
    }

    @Test
    void readsTheValuesOfTheKindsItWasGiven() throws Exception {
        Json o = Json.parse("""
                {"s": "公报\\u0041\\n\\"", "i": -12, "big": 12345678901, "huge": 123456789012345678901234567890,
                 "f": 1.5e3, "t": true, "n": null, "a": [1, "x", null, {}], "o": {"k": []}}""");
        assertThat(o.path("s").asText()).isEqualTo("公报A\n\"");
        assertThat(o.path("i").asInt()).isEqualTo(-12);
        assertThat(o.path("i").isInt()).isTrue();
        assertThat(o.path("big").isInt()).isFalse();
        assertThat(o.path("big").asInt(-1)).isEqualTo(-1);
        assertThat(o.path("big").asLong()).isEqualTo(12345678901L);
        assertThat(o.path("huge").isIntegralNumber()).isTrue();
        assertThat(o.path("huge").asLong(-1)).isEqualTo(-1);
        assertThat(o.path("f").isIntegralNumber()).isFalse();
        assertThat(o.path("f").asDouble(0)).isEqualTo(1500.0);
        assertThat(o.path("t").asBoolean()).isTrue();
        assertThat(o.path("n").isNull()).isTrue();
        assertThat(o.get("n")).isNotNull();
        assertThat(o.get("absent")).isNull();
        assertThat(o.path("absent").isMissing()).isTrue();
        assertThat(o.path("absent").asText()).isEmpty();
        assertThat(o.path("absent").asInt(7)).isEqualTo(7);
        assertThat(o.path("a").size()).isEqualTo(4);
        assertThat(o.path("a").path(1).asText()).isEqualTo("x");
        assertThat(o.path("a").path(9).isMissing()).isTrue();
        assertThat(o.path("o").path("k").isArray()).isTrue();
        assertThat(o.keys()).containsExactly("s", "i", "big", "huge", "f", "t", "n", "a", "o");
        // Iterating a value that is not an array gives nothing, never an error.
        assertThat(o.path("s")).isEmpty();
        assertThat(o.path("absent")).isEmpty();
        // A key given twice keeps its last value, as Jackson does.
        assertThat(Json.parse("{\"a\": 1, \"a\": 2}").path("a").asInt()).isEqualTo(2);
        // A byte order mark before UTF-8 text is skipped.
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
        assertThat(Json.parse(bom).path(0).asInt()).isEqualTo(1);
    }

    @Test
    void writesTextThatIsAlwaysValidUtf8Json() throws Exception {
        String nasty = "\u0000\u001f\u007f\"\\/\b\f\n\r\t\u2028\u2029 \ud800 lone, \udc00 lone, 😀 pair, 𠀀";
        Json a = Json.array().add(nasty);
        String text = a.compact();
        // Every character below U+0020, DEL and the unpaired surrogates are escapes; the pair is kept.
        assertThat(text).doesNotContainPattern("[\\x00-\\x1f\\x7f\\x{2028}\\x{2029}]");
        assertThat(text).contains("\\ud800").contains("\\udc00").contains("😀");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(text)).isTrue();
        assertThat(Json.parse(text).path(0).asText()).isEqualTo(nasty);
        assertThat(JACKSON.readTree(text).get(0).asText()).isEqualTo(nasty);
        // Numbers JSON cannot hold are written as null, not as NaN.
        assertThat(Json.object().put("x", Double.NaN).put("y", Double.POSITIVE_INFINITY).compact())
                .isEqualTo("{\"x\":null,\"y\":null}");
    }

    @Test
    void refusesWhatIsNotJsonSayingWhereAndWhy() {
        String[][] cases = {
            {"", "line 1, column 1: no JSON value"},
            {"   \n  ", "line 2, column 3: no JSON value"},
            {"{\"a\": 1,}", "expected a key in quotes"},
            {"[1, 2,]", "where a value was expected"},
            {"[1 2]", "expected , or ]"},
            {"{\"a\" 1}", "expected :"},
            {"{'a': 1}", "expected a key in quotes"},
            {"[\"abc", "a string that is never closed"},
            {"[\"a\tb\"]", "a control character (U+0009)"},
            {"[\"\\x\"]", "an unknown escape \\'x'"},
            {"[\"\\u12\"]", "four hex digits"},
            {"[\"\\u１２３４\"]", "four hex digits"},
            {"[01]", "a leading zero"},
            {"[-]", "a number without digits"},
            {"[1.]", "no digits after its decimal point"},
            {"[1e]", "no digits in its exponent"},
            {"[NaN]", "unexpected 'N'"},
            {"[tru]", "unexpected 't'"},
            {"{} {}", "line 1, column 4: unexpected '{' after the value"},
            {"[1]\n\n  x", "line 3, column 3: unexpected 'x' after the value"},
            {"/* c */ 1", "unexpected '/'"},
            {"[\u0001]", "unexpected U+0001"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> Json.parse(c[0])).as(c[0]).isInstanceOf(JsonException.class)
                    .hasMessageContaining(c[1]);
        }
        assertThatThrownBy(() -> Json.parse(new byte[] {'[', '"', (byte) 0xFF, '"', ']'}))
                .isInstanceOf(JsonException.class).hasMessageContaining("line 1, column 3: bytes that are not UTF-8");
    }

    @Test
    void hugeNumbersAndStringsAreRefusedAtOnce() throws Exception {
        // A tester's bundle: a manifest whose "size" was five million nines hung verify for minutes.
        String nines = "{\"size\": " + "9".repeat(5_000_000) + "}";
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Json.parse(nines)).isInstanceOf(JsonException.class)
                .hasMessageContaining("line 1, column 10: a number longer than 1000 characters");
        String longest = "9".repeat(JsonParser.MAX_NUMBER);
        assertThat(Json.parse(longest).isIntegralNumber()).isTrue();
        assertThat(Json.parse(longest).isLong()).isFalse();
        assertThat(Json.parse(longest).asLong(-1)).isEqualTo(-1);
        assertThat(Json.parse("-9223372036854775808").asLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(Json.parse("9223372036854775808").isLong()).isFalse();
        String big = "[\"" + "公".repeat(JsonParser.MAX_STRING + 1) + "\"]";
        assertThatThrownBy(() -> Json.parse(big)).isInstanceOf(JsonException.class)
                .hasMessageContaining("line 1, column 2: a string longer than 1000000 characters");
        String huge = "[\"" + "x".repeat(50_000_000);
        assertThatThrownBy(() -> Json.parse(huge)).isInstanceOf(JsonException.class)
                .hasMessageContaining("a string longer than");
        assertThat(Json.parse("[\"" + "公".repeat(JsonParser.MAX_STRING) + "\"]").path(0).asText()).hasSize(JsonParser.MAX_STRING);
        // Each refusal reads the text once: far below a second even for these.
        assertThat((System.nanoTime() - t0) / 1_000_000_000.0).isLessThan(10);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirPlace() {
        byte[] bad = "{\n  \"created\": \"2026-\u00ff\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Json.parse(bad)).isInstanceOf(JsonException.class)
                .hasMessage("line 2, column 20: bytes that are not UTF-8 text");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() throws Exception {
        String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        assertThat(Json.parse(ok).isArray()).isTrue();
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(JsonException.class)
                .hasMessageContaining("nested deeper than " + JsonParser.MAX_DEPTH);
        String objects = "{\"a\":".repeat(100_000);
        assertThatThrownBy(() -> Json.parse(objects)).isInstanceOf(JsonException.class).hasMessageContaining("nested");
    }

    @Test
    void anyTruncationOrSingleByteDamageIsRefusedOrReadNeverAnUncheckedError() throws Exception {
        Random random = new Random(7);
        String text = Json.object().put("format", "gazette-reader-bundle").put("n", 12).putArray("a").add("公报")
                .add(Json.object().put("x", 1.5)).add(Json.nullValue()).toString();
        for (int cut = 0; cut < text.length(); cut++) {
            String part = text.substring(0, cut);
            assertThatThrownBy(() -> Json.parse(part)).as(part).isInstanceOf(JsonException.class);
        }
        char[] alphabet = "{}[]\":,\\-+.eE0123456789 \ntfnulx\u0000".toCharArray();
        for (int i = 0; i < 5_000; i++) {
            char[] c = text.toCharArray();
            c[random.nextInt(c.length)] = alphabet[random.nextInt(alphabet.length)];
            String damaged = new String(c);
            boolean jacksonReads;
            try {
                JACKSON.readTree(damaged);
                jacksonReads = !damaged.isBlank() && JACKSON.readTree(damaged) != null
                        && !JACKSON.readTree(damaged).isMissingNode();
            } catch (Exception e) {
                jacksonReads = false;
            }
            try {
                Json.parse(damaged);
                // What we read, Jackson reads (we are never the laxer one).
                assertThat(jacksonReads).as(damaged).isTrue();
            } catch (JsonException e) {
                assertThat(e.getMessage()).startsWith("line ");
            }
        }
    }

    private static Json randomValue(Random r, int depth) {
        int kind = depth > 4 ? r.nextInt(5) : r.nextInt(7);
        return switch (kind) {
            case 0 -> Json.nullValue();
            case 1 -> Json.of(r.nextBoolean());
            case 2 -> r.nextBoolean() ? Json.of(r.nextLong()) : Json.of(r.nextInt(2000) - 1000);
            case 3 -> Json.of(r.nextBoolean() ? r.nextDouble() * 1e6 - 5e5 : r.nextGaussian() * 1e-9);
            case 4 -> Json.of(randomString(r));
            case 5 -> {
                Json a = Json.array();
                for (int i = r.nextInt(5); i > 0; i--) {
                    a.add(randomValue(r, depth + 1));
                }
                yield a;
            }
            default -> {
                Json o = Json.object();
                for (int i = r.nextInt(5); i > 0; i--) {
                    o.set(randomString(r), randomValue(r, depth + 1));
                }
                yield o;
            }
        };
    }

    private static String randomString(Random r) {
        String pool = "公报通知第号\"\\/\n\t\u0001\u001f\u007f aZ09😀𠀀\u2028";
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            int at = r.nextInt(pool.length());
            char c = pool.charAt(at);
            if (Character.isHighSurrogate(c)) {
                b.append(c).append(pool.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
