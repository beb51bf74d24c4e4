// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.gazettereader.importing.CorpusGenerator.Generated;
import org.gazettereader.importing.CorpusGenerator.Variation;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated corpus has the variety of the world as the real parser reads it: notices without
 * signing date, 文号 or issuer, shared 文号, attachment-only, short and long notices, and issues
 * without year or issue number; every generated notice is found by its title.
 */
class CorpusGeneratorTest {
    private static final long SEED = 20240601L;
    private static final int ISSUES = 60;

    private static CorpusGenerator generator;
    private static List<Generated> generated;
    private static List<Issue> parsed;

    @BeforeAll
    static void generateAndParse() throws ImportException {
        generator = Samples.generator();
        generated = new ArrayList<>();
        parsed = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            Generated g = generator.issue(SEED, i);
            generated.add(g);
            parsed.add(parse(g, i));
        }
    }

    private static Issue parse(Generated g, int index) throws ImportException {
        Path file = Path.of(CorpusGenerator.fileName(index));
        return GazetteParser.standard().parse(file, new TextSourceReader().read(file, g.bytes())).issue();
    }

    @Test
    void everyIssueParsesIntoTheNoticesItWasMadeOfFoundByTheirTitles() {
        for (int i = 0; i < ISSUES; i++) {
            Generated g = generated.get(i);
            Issue issue = parsed.get(i);
            assertThat(issue.gazette()).as("issue %d gazette", i).isEqualTo(g.gazette());
            assertThat(issue.year()).as("issue %d year", i).isEqualTo(g.year());
            assertThat(issue.issue()).as("issue %d issue number", i).isEqualTo(g.issue());
            List<String> titles = issue.notices().stream().map(Notice::title).toList();
            assertThat(titles).as("issue %d titles; warnings %s", i, issue.warnings()).hasSize(g.notices())
                    .containsExactlyElementsOf(g.titles());
        }
    }

    @Test
    void theParserReadsTheMissingFieldsWhereTheyWereLeftOut() {
        for (int i = 0; i < ISSUES; i++) {
            Generated g = generated.get(i);
            List<Notice> notices = parsed.get(i).notices();
            assertThat(notices.stream().filter(n -> n.signed() == null)).as("issue %d without signing date", i)
                    .hasSize(g.count(Variation.NO_SIGNING_DATE));
            assertThat(notices.stream().filter(n -> n.docNumber() == null)).as("issue %d without 文号", i)
                    .hasSize(g.count(Variation.NO_DOC_NUMBER));
            assertThat(notices.stream().filter(n -> n.issuer() == null)).as("issue %d without issuer", i)
                    .hasSize(g.count(Variation.NO_ISSUER));
            assertThat(hasSharedDocNumber(parsed.get(i))).as("issue %d shares a 文号", i)
                    .isEqualTo(g.count(Variation.SHARED_DOC_NUMBER) > 0);
        }
    }

    @Test
    void atLeastOneNoticeInTenLacksEachOptionalField() {
        List<Notice> all = parsed.stream().flatMap(i -> i.notices().stream()).toList();
        double signed = share(all, n -> n.signed() == null);
        double doc = share(all, n -> n.docNumber() == null);
        double issuer = share(all, n -> n.issuer() == null);
        System.out.printf(Locale.ROOT, "%d issues, %d notices; without signing date %.1f%%, without 文号 %.1f%%, "
                + "without issuer %.1f%%; generated: %s%n", ISSUES, all.size(), 100 * signed, 100 * doc, 100 * issuer,
                totals());
        assertThat(signed).as("share without signing date").isGreaterThanOrEqualTo(0.10);
        assertThat(doc).as("share without 文号").isGreaterThanOrEqualTo(0.10);
        assertThat(issuer).as("share without issuer").isGreaterThanOrEqualTo(0.10);
    }

    @Test
    void someIssuesShareADocNumberBetweenTwoNoticesAndSomeLackYearOrIssueNumber() {
        long sharing = parsed.stream().filter(CorpusGeneratorTest::hasSharedDocNumber).count();
        long withoutYearOrIssue = parsed.stream().filter(i -> i.year() == null || i.issue() == null).count();
        assertThat(sharing).as("issues with two notices under one 文号").isPositive();
        assertThat(withoutYearOrIssue).as("issues without year or issue number").isPositive()
                .isLessThanOrEqualTo(ISSUES / 10);
        assertThat(parsed).filteredOn(i -> i.year() == null || i.issue() == null)
                .allSatisfy(i -> assertThat(i.gazette()).endsWith("公报"));
    }

    @Test
    void noticesComeInEveryShape() {
        Map<Variation, Integer> totals = totals();
        assertThat(totals.keySet()).containsExactlyInAnyOrder(Variation.values());
        List<Integer> sizes = parsed.stream().flatMap(i -> i.notices().stream()).map(n -> n.blocks().size()).toList();
        assertThat(sizes).anyMatch(s -> s <= 4).anyMatch(s -> s >= 100);
        assertThat(parsed.stream().flatMap(i -> i.notices().stream()))
                .anyMatch(n -> n.blocks().isEmpty() && !n.attachments().isEmpty());
    }

    @Test
    void theSameSeedGivesTheSameIssuesAndNoticeIds() throws ImportException {
        for (int i = 0; i < 5; i++) {
            Generated again = generator.issue(SEED, i);
            assertThat(again).isEqualTo(generated.get(i));
            assertThat(parse(again, i).notices()).extracting(Notice::id)
                    .containsExactlyElementsOf(parsed.get(i).notices().stream().map(Notice::id).toList());
        }
        assertThat(generator.issue(SEED + 1, 0).text()).isNotEqualTo(generated.get(0).text());
    }

    @Test
    void everyNoticeHasAnIdOfItsOwnAcrossTheCorpusEvenUnderASharedDocNumber() {
        Map<String, Integer> ids = new HashMap<>();
        parsed.forEach(issue -> issue.notices().forEach(n -> ids.merge(n.id(), 1, Integer::sum)));
        assertThat(ids.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(
                generated.stream().mapToInt(Generated::notices).sum());
        assertThat(ids).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    private static boolean hasSharedDocNumber(Issue issue) {
        return docCounts(issue).values().stream().anyMatch(c -> c > 1);
    }

    private static Map<String, Long> docCounts(Issue issue) {
        Map<String, Long> counts = new HashMap<>();
        issue.notices().stream().map(Notice::docNumber).filter(d -> d != null).forEach(d -> counts.merge(d, 1L, Long::sum));
        return counts;
    }

    private static double share(List<Notice> notices, Predicate<Notice> p) {
        return (double) notices.stream().filter(p).count() / notices.size();
    }

    private static Map<Variation, Integer> totals() {
        Map<Variation, Integer> totals = new EnumMap<>(Variation.class);
        generated.forEach(g -> g.variations().forEach((v, c) -> totals.merge(v, c, Integer::sum)));
        return totals;
    }
}
