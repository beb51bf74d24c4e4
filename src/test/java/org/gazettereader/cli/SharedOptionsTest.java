// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The option mixins keep each command's own default and wording. */
class SharedOptionsTest {
    private static String help(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        assertThat(new Cli(library -> { }).run(out, new ByteArrayOutputStream(), args)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int runsByDefault(Object command) {
        CommandLine line = new CommandLine(command);
        line.parseArgs();
        return (Integer) line.getCommandSpec().findOption("--runs").getValue();
    }

    @Test
    void eachBenchmarkKeepsItsOwnNumberOfRuns() {
        assertThat(runsByDefault(new BenchParseCommand())).isEqualTo(50);
        assertThat(runsByDefault(new BenchPaginateCommand())).isEqualTo(30);
        assertThat(runsByDefault(new BenchExportCommand())).isEqualTo(5);
        assertThat(runsByDefault(new BenchStartupCommand())).isEqualTo(5);
    }

    @Test
    void runsAreTimedOneByOneAndSorted() {
        Runs runs = new Runs(3);
        int[] calls = {0};
        Runs.Timed<Integer> timed = runs.time(() -> ++calls[0]);
        assertThat(calls[0]).isEqualTo(3);
        assertThat(timed.last()).isEqualTo(3);
        assertThat(timed.sortedNanos()).hasSize(3).isSorted();
        assertThat(timed.min()).isLessThanOrEqualTo(timed.median()).isLessThanOrEqualTo(timed.max());
    }

    @Test
    void jsonOptionIsWordedByTheCommandThatHasIt() {
        assertThat(help("parse")).contains("--json").contains("Print the issue as JSON");
        assertThat(help("list")).contains("--json").contains("Print JSON").doesNotContain("Print the issue as JSON");
        assertThat(help("bench", "search")).contains("--json").contains("Print JSON");
    }
}
