// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Problem}s, and the few words the core writes into its own output (the running
 * heads of an exported PDF), from the core bundle: {@code core.properties} (Chinese, the default)
 * and {@code core_en.properties}. One bundle serves the window and the command line, so a message
 * of the core is translated once and both say the same thing.
 */
public final class ProblemText {
    public static final String BUNDLE = "org.gazettereader.i18n.core";
    private static final ProblemText ENGLISH = new ProblemText(Locale.ENGLISH);
    private static final ProblemText CHINESE = new ProblemText(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ProblemText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English for English speakers, Chinese for everyone else (as {@link Messages#uiLocale}). */
    public static ProblemText of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static ProblemText english() {
        return ENGLISH;
    }

    public static ProblemText chinese() {
        return CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args}: the core's words outside a problem (a PDF's running head). */
    public String get(String key, Object... args) {
        return render(Problem.of(key, args));
    }

    /** {@code p} in this language; nested problems in the same language. */
    public String render(Problem p) {
        String pattern;
        try {
            pattern = bundle.getString(p.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key '" + p.key() + "' in " + BUNDLE + " for " + locale, e);
        }
        Object[] args = p.args().toArray();
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(args[i]);
        }
        // Always through MessageFormat, arguments or not: a pattern writes a literal quote as ''.
        return new MessageFormat(pattern, locale).format(args);
    }

    private Object argument(Object a) {
        if (a instanceof Problem nested) {
            return render(nested);
        }
        if (a == null) {
            return "?";
        }
        if (a instanceof Path path) {
            return oneLine(path.toString());
        }
        return a instanceof Number || a instanceof String ? a : oneLine(a.toString());
    }

    /**
     * Why {@code e} failed, for a person: the problem it (or an exception that caused it) carries,
     * else its own message, else its class name.
     */
    public String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problem.Carrier c && c.problem() != null) {
                return render(c.problem());
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Control characters (a newline in a file name) shown as escapes, so that a message stays one line. */
    public static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(cp)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
