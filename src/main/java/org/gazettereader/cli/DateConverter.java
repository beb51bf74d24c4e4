// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option: {@code 2023-01-31}, or the same with {@code /} or {@code .} between the parts
 * (2023/1/31, 2023.01.31), as people copy dates from documents. A value that is no date is a
 * usage error naming the value and the expected form, not a parser's exception.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

    @Override
    public LocalDate convert(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
            } catch (DateTimeException e) {
                // 2023-13-45, 2023-02-30: the right shape but no such day; reported below
            }
        }
        throw new TypeConversionException(CliText.get("error.date", value));
    }
}
