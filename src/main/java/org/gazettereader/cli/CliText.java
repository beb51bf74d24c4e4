// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.gazettereader.config.Problem;
import org.gazettereader.config.ProblemText;

/**
 * Messages of the command line, and of {@code app} where it talks to a terminal, from
 * {@code cli.properties}: the bundle that holds the option descriptions, in English because
 * administrators and scripts read this output. Patterns are {@link MessageFormat}s: a literal
 * quote is written {@code ''}.
 */
public final class CliText {
    static final String BUNDLE = "org.gazettereader.i18n.cli";

    private CliText() {
    }

    /** The message for {@code key}, formatted with {@code args}. */
    public static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
        Locale locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * A problem of the core (a file an import refused, a library that cannot be opened) in the
     * language of the command line: Chinese when the system speaks Chinese, else English.
     */
    public static String problem(Problem p) {
        return problems().render(p);
    }

    /** Why {@code e} failed, in the language of the command line when it carries a {@link Problem}. */
    public static String describe(Throwable e) {
        return problems().describe(e);
    }

    private static ProblemText problems() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? ProblemText.chinese() : ProblemText.english();
    }

    /**
     * {@code n} and a counted word in the right number: {@code count(1, "notice")} is "1 notice",
     * {@code count(2, "notice")} "2 notices" (keys {@code count.WORD.one} and {@code count.WORD.other}).
     * The number is printed without grouping, as the rest of the output prints numbers.
     */
    public static String count(long n, String word) {
        return get("count." + word + (n == 1 ? ".one" : ".other"), Long.toString(n));
    }
}
