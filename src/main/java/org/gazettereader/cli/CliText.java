// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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
}
