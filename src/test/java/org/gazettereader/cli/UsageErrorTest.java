// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/** A bad option value is one line that names the option, the value and what is expected, and where help is. */
class UsageErrorTest extends CliRun {
    @Override
    Locale locale() {
        return Locale.ENGLISH;
    }

    private String[] errLines() {
        return err().split("\n");
    }

    @ParameterizedTest
    @CsvSource({"--from, 2023-13-45", "--to, 2023-13-45", "--from, 2023-02-30", "--to, yesterday"})
    void aBadDateIsOneLineNamingTheOptionTheValueAndTheForm(String option, String value) {
        assertThat(run("search", "--library", dir.resolve("lib").toString(), option, value, "知识产权")).isEqualTo(2);
        assertThat(errLines()).hasSize(2);
        assertThat(errLines()[0]).contains(option).contains("'" + value + "'").contains("YYYY-MM-DD")
                .doesNotContain("Exception");
        assertThat(errLines()[1]).isEqualTo("See 'gazette-reader search --help'.");
        assertThat(out()).isEmpty();
    }

    @Test
    void slashesAndDotsWriteTheSameDate() {
        DateConverter dates = new DateConverter();
        LocalDate first = LocalDate.of(2023, 1, 1);
        assertThat(dates.convert("2023-01-01")).isEqualTo(first);
        assertThat(dates.convert("2023/01/01")).isEqualTo(first);
        assertThat(dates.convert("2023.01.01")).isEqualTo(first);
        assertThat(dates.convert(" 2023/1/1 ")).isEqualTo(first);
        assertThatThrownBy(() -> dates.convert("2023/01-01")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> dates.convert("23-01-01")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> dates.convert("2023-1-1x")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void compactAndChineseDatesToo() {
        DateConverter dates = new DateConverter();
        LocalDate first = LocalDate.of(2023, 1, 1);
        assertThat(dates.convert("20230101")).isEqualTo(first);
        assertThat(dates.convert("2023年1月1日")).isEqualTo(first);
        assertThat(dates.convert("2023年01月01日")).isEqualTo(first);
        assertThat(dates.convert("２０２３年１月１日")).isEqualTo(first);
        assertThatThrownBy(() -> dates.convert("20231301")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> dates.convert("2023年2月30日")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> dates.convert("2023年1月")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("20230131").hasMessageContaining("2023年1月31日");
    }

    @Test
    void aSearchBetweenDatesGivesTheSameHitsInEveryForm() throws Exception {
        Path lib = dir.resolve("lib");
        Path sample = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        assertThat(run("import", "--library", lib.toString(), sample.toString())).isZero();
        assertThat(run("search", "--library", lib.toString(), "--json", "--from", "2023-01-01", "--to", "2023-01-31",
                "知识产权")).isZero();
        JsonNode iso = new ObjectMapper().readTree(out());
        assertThat(iso.get("total").asInt()).isEqualTo(2);
        assertThat(run("search", "--library", lib.toString(), "--json", "--from", "2023/01/01", "--to", "2023.1.31",
                "知识产权")).isZero();
        assertThat(new ObjectMapper().readTree(out()).get("hits")).isEqualTo(iso.get("hits"));
        assertThat(run("search", "--library", lib.toString(), "--json", "--from", "20230101", "--to", "2023年1月31日",
                "知识产权")).isZero();
        assertThat(new ObjectMapper().readTree(out()).get("hits")).isEqualTo(iso.get("hits"));
        assertThat(run("search", "--library", lib.toString(), "--json", "--from", "2023.01.06", "知识产权")).isZero();
        assertThat(new ObjectMapper().readTree(out()).get("total").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "search --limit many 知识产权 | search | --limit",
        "search --limit 0 知识产权 | search | --limit",
        "search --sort newest 知识产权 | search | --sort",
        "search --issue 2023 知识产权 | search | --issue",
        "search --no-such-option 知识产权 | search | --no-such-option",
        "search | search | QUERY",
        "list --json=maybe | list | --json",
        "export --pdf x.pdf --doc 1 --limit many | export | --limit",
        "export --pdf x.pdf --doc 1 --pages 3-1 | export | --pages",
        "export --pdf x.pdf | export | --doc",
        "import | import | PATH",
        "reindex extra | reindex | extra",
        "bench parse --runs few | bench parse | --runs",
    })
    void everyCommandReportsABadValueInOneLineAndWhereHelpIs(String args, String command, String named) {
        assertThat(run(args.split(" "))).isEqualTo(2);
        assertThat(errLines()).as(err()).hasSize(2);
        assertThat(errLines()[0]).contains(named);
        assertThat(errLines()[1]).isEqualTo("See 'gazette-reader " + command + " --help'.");
    }

    @Test
    void anUnknownCommandStillListsTheCommands() {
        assertThat(run("serach", "知识产权")).isEqualTo(2);
        assertThat(err()).contains("'serach'").contains("Did you mean")
                .contains("Usage: gazette-reader").contains("search");
    }
}
