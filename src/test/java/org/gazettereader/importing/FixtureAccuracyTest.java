// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parses every fixture that has an expected JSON beside it (the shared sample's included) and reports
 * per-field accuracy: title, 文号, date, issuer and attachments (label and title of each, in order).
 * A field the expected file leaves out is not counted. Every fixture must be right on every field.
 */
class FixtureAccuracyTest {
    static final List<String> FIELDS = List.of("title", "doc_number", "signed", "issuer", "attachments");

    @TempDir
    Path dir;

    /** Right and counted values per field, and what went wrong. */
    record Score(String fixture, int notices, Map<String, int[]> fields, List<String> misses) {
        double accuracy(String field) {
            int[] c = fields.get(field);
            return c[1] == 0 ? Double.NaN : 100.0 * c[0] / c[1];
        }
    }

    @Test
    void everyFixtureIsRightOnEveryField() throws Exception {
        Path fixtures = Path.of(FixtureAccuracyTest.class.getResource("/fixtures").toURI());
        List<Path> expectations;
        try (Stream<Path> s = Files.list(fixtures)) {
            expectations = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(11);
        List<Score> scores = new ArrayList<>();
        for (Path e : expectations) {
            scores.add(score(e.getFileName().toString(), new ObjectMapper().readTree(e.toFile())));
        }
        StringBuilder table = new StringBuilder(String.format("%-44s %7s", "fixture", "notices"));
        FIELDS.forEach(f -> table.append(String.format(" %11s", f)));
        table.append('\n');
        for (Score s : scores) {
            table.append(String.format("%-44s %7d", s.fixture(), s.notices()));
            for (String f : FIELDS) {
                double a = s.accuracy(f);
                table.append(String.format(" %11s", Double.isNaN(a) ? "—" : String.format("%.0f%%", a)));
            }
            table.append('\n');
        }
        System.out.println(table);
        scores.forEach(s -> s.misses().forEach(m -> System.out.println(s.fixture() + ": " + m)));
        for (Score s : scores) {
            assertThat(s.misses()).as(s.fixture()).isEmpty();
        }
    }

    private Score score(String name, JsonNode expected) throws Exception {
        ParseResult result = parse(expected);
        List<String> misses = new ArrayList<>();
        if (expected.has("kind")) {
            check(misses, "kind", expected.get("kind").asText(), result.kind().jsonName());
        }
        for (String key : List.of("gazette", "year", "issue")) {
            if (expected.has(key)) {
                Object actual = switch (key) {
                    case "gazette" -> result.issue().gazette();
                    case "year" -> result.issue().year();
                    default -> result.issue().issue();
                };
                check(misses, key, text(expected.get(key)), actual == null ? null : actual.toString());
            }
        }
        JsonNode docs = expected.get("documents");
        List<Notice> notices = result.issue().notices();
        check(misses, "notices", String.valueOf(docs.size()), String.valueOf(notices.size()));
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new int[2]));
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i);
            Notice n = i < notices.size() ? notices.get(i) : null;
            for (String f : FIELDS) {
                if (!d.has(f)) {
                    continue;
                }
                String want = f.equals("attachments") ? attachments(d.get(f)) : text(d.get(f));
                String have = n == null ? "(missing)" : value(n, f);
                fields.get(f)[1]++;
                if (Objects.equals(want, have)) {
                    fields.get(f)[0]++;
                } else {
                    misses.add("notice " + (i + 1) + " " + f + ": expected " + want + ", got " + have);
                }
            }
        }
        return new Score(name.replace(".expected.json", ""), docs.size(), fields, misses);
    }

    private ParseResult parse(JsonNode expected) throws Exception {
        String file = expected.get("file").asText();
        String resource = FixtureAccuracyTest.class.getResource("/fixtures/" + file) != null ? "/fixtures/" + file
                : "/assets/samples/" + file;
        Path source = Samples.copy(resource, dir);
        if (expected.path("pdf").asBoolean(false)) {
            String text = new String(Samples.bytes(resource), StandardCharsets.UTF_8);
            source = dir.resolve(file.replaceAll("\\.txt$", ".pdf"));
            OfficialPdf.write(text.lines().toList(), source);
        }
        return GazetteParser.standard().parse(source, SourceFiles.standard().read(source));
    }

    private static void check(List<String> misses, String what, String want, String have) {
        if (!Objects.equals(want, have)) {
            misses.add(what + ": expected " + want + ", got " + have);
        }
    }

    private static String value(Notice n, String field) {
        return switch (field) {
            case "title" -> n.title();
            case "doc_number" -> n.docNumber();
            case "signed" -> n.signed() == null ? null : n.signed().toString();
            case "issuer" -> n.issuer();
            default -> attachments(n.attachments());
        };
    }

    private static String attachments(List<Attachment> list) {
        return list.stream().map(a -> a.label() + "/" + a.title()).toList().toString();
    }

    private static String attachments(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(a -> out.add(text(a.get("label")) + "/" + text(a.get("title"))));
        return out.toString();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
