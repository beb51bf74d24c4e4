// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.IssueSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM imports a folder of issues and is killed (SIGKILL) at seeded random moments after it
 * has reported progress. After each kill the library opens, {@code check} passes, and every issue
 * is either complete or absent.
 */
class CrashSafetyTest {
    private static final int KILLS = 20;
    private static final int ISSUES = 8;

    @TempDir
    Path dir;

    @Test
    void killedImportsLeaveEveryIssueCompleteOrAbsent() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator gen = Samples.generator();
        gen.write(corpus, 42, ISSUES);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < ISSUES; i++) {
            CorpusGenerator.Generated g = gen.issue(42, i);
            expected.put(g.gazette() + " " + g.year() + "/" + g.issue(), g.notices());
        }
        Random random = new Random(20261128L);
        int killedMidway = 0;
        List<String> afterKill = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Path lib = dir.resolve("lib-" + k);
            int killAfter = 1 + random.nextInt(ISSUES - 1);
            int delayMs = random.nextInt(120);
            Process child = ImportChild.start(lib, corpus, "256m");
            boolean finished = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int progress = 0;
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("progress")) {
                        progress++;
                    }
                    if (line.equals("finished")) {
                        finished = true;
                    }
                    if (progress >= killAfter) {
                        Thread.sleep(delayMs);
                        break;
                    }
                }
                child.destroyForcibly(); // SIGKILL on Linux
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            if (!finished) {
                killedMidway++;
            }
            try (Library library = Library.open(lib)) {
                CheckReport report = library.check();
                assertThat(report.damage()).as("kill %d: damage", k).isEmpty();
                for (IssueSummary issue : library.issues()) {
                    String key = issue.gazette() + " " + issue.year() + "/" + issue.issue();
                    assertThat(issue.notices()).as("kill %d: %s complete", k, key).isEqualTo(expected.get(key));
                    assertThat(library.notices(issue.id())).hasSize(expected.get(key));
                }
                assertThat(report.indexed()).isEqualTo(report.notices());
                afterKill.add(report.issues() + " issues; recovered: " + report.recovered());
            }
        }
        System.out.println("check after each kill:\n  " + String.join("\n  ", afterKill));
        assertThat(killedMidway).as("kills that landed before the import finished").isGreaterThanOrEqualTo(KILLS * 3 / 4);
    }
}
