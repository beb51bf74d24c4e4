// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings. Chinese is the base bundle; English is chosen when the system
 * language is English. Every string a person reads comes from here.
 */
public final class Messages {
    public static final String BUNDLE = "org.gazettereader.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ProblemText problems;

    public Messages(Locale locale) {
        this.locale = uiLocale(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.problems = ProblemText.of(this.locale);
    }

    /** zh_CN for every language but English, whose speakers get the English bundle. */
    public static Locale uiLocale(Locale system) {
        return "en".equals(system.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** As {@link #systemLocale(Locale, Map, boolean)} for a JVM whose language was not given on its command line. */
    public static Locale systemLocale(Locale javaDefault, Map<String, String> env) {
        return systemLocale(javaDefault, env, false);
    }

    /**
     * The language of this system for the interface. A Unix system whose locale is C or POSIX (or
     * unset: common on kiosk images) has chosen no language, though Java then reports English
     * ({@code en_US} under {@code LANG=C} or none, a bare {@code en} under {@code C.UTF-8}); it
     * gets the product's default, Chinese, unless {@code languageGiven}: Java's language was set
     * on its command line ({@code -Duser.language=en}). A language named in the environment that
     * this system has no locale for ({@code LANG=zh_CN.UTF-8} on a minimal image: Java falls back to
     * {@code en_US}) is still the person's choice. {@code env} is the process environment.
     */
    public static Locale systemLocale(Locale javaDefault, Map<String, String> env, boolean languageGiven) {
        if (!"en".equals(javaDefault.getLanguage()) || languageGiven) {
            return javaDefault;
        }
        String chosen = "";
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                chosen = v;
                break;
            }
        }
        String[] name = chosen.split("[.@]", 2)[0].split("_", 2);
        String lang = name[0];
        if (lang.matches("[a-z]{2,3}") && !lang.equals("en")) {
            return name.length > 1 && name[1].matches("[A-Z]{2}") ? new Locale(lang, name[1]) : new Locale(lang);
        }
        boolean noLanguage = lang.isEmpty() || lang.equals("C") || lang.equals("POSIX");
        boolean unix = !System.getProperty("os.name", "").startsWith("Windows");
        return unix && noLanguage ? Locale.SIMPLIFIED_CHINESE : javaDefault;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The string for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key '" + key + "' in " + BUNDLE + " for " + locale, e);
        }
        // Always through MessageFormat, arguments or not: a pattern writes a literal quote as ''.
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A problem of the core (an import refusal, a library that cannot be opened) in this language. */
    public String problem(Problem p) {
        return problems.render(p);
    }

    /** Why {@code e} failed, in this language when it carries a {@link Problem}; see {@link ProblemText#describe}. */
    public String describe(Throwable e) {
        return problems.describe(e);
    }
}
