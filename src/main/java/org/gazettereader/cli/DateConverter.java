// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazettereader.model.DocNumber;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option as people copy dates from documents: {@code 2023-01-31}, the same with {@code /} or
 * {@code .} between the parts (2023/1/31, 2023.01.31), {@code 20230131}, or {@code 2023年1月31日}
 * (full-width digits too). A value that is no date is a usage error in one line naming the value and
 * the forms that work, not a parser's exception.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");

    @Override
    public LocalDate convert(String value) {
        String v = DocNumber.normalizeDigits(value.strip());
        Matcher m = SEPARATED.matcher(v);
        LocalDate d = m.matches() ? date(m.group(1), m.group(3), m.group(4)) : null;
        if (d == null && (m = COMPACT.matcher(v)).matches()) {
            d = date(m.group(1), m.group(2), m.group(3));
        }
        if (d == null && (m = CHINESE.matcher(v)).matches()) {
            d = date(m.group(1), m.group(2), m.group(3));
        }
        if (d == null) {
            throw new TypeConversionException(CliText.get("error.date", value));
        }
        return d;
    }

    /** The day, or null when the parts name none (2023-13-45, 2023-02-30): reported as no date. */
    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
