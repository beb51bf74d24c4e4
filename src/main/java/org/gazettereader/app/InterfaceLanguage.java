// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazettereader.config.Messages;

/**
 * The one language decision of a start: the system's language when the interface speaks it (English),
 * else Chinese. It also becomes the JVM's default locale, so what JavaFX draws from its own resources
 * (the OK and Cancel of dialogs, the full-screen hint) speaks the same language as the window.
 */
final class InterfaceLanguage {
    private InterfaceLanguage() {
    }

    /**
     * The locale for {@code javaDefault} and the process environment {@code env}: English keeps the
     * system's own English (en_US, en_GB) for dates and numbers; every other language becomes zh_CN.
     */
    static Locale choose(Locale javaDefault, Map<String, String> env) {
        return choose(javaDefault, env, false);
    }

    /** As {@link #choose(Locale, Map)}; {@code languageGiven}: the JVM's language came from its command line. */
    static Locale choose(Locale javaDefault, Map<String, String> env, boolean languageGiven) {
        Locale ui = Messages.uiLocale(Messages.systemLocale(javaDefault, env, languageGiven));
        return ui.getLanguage().equals("en") && javaDefault.getLanguage().equals("en") ? javaDefault : ui;
    }

    /** Decides from this process's locale and environment and makes the choice the JVM's default. */
    static Locale apply() {
        List<String> jvm = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        Locale current = Locale.getDefault();
        // A default set in this process (an embedding program, a test) is a choice too, as much as a -D option.
        boolean setHere = !current.getLanguage().equals(System.getProperty("user.language", ""))
                || !current.getCountry().equals(System.getProperty("user.country", ""));
        Map<String, String> env = System.getenv();
        Locale chosen = choose(current, env, setHere || languageGiven(jvm, env));
        Locale.setDefault(chosen);
        return chosen;
    }

    /**
     * True when {@code -Duser.language=} is among the process's arguments (read from the system, cheaply:
     * no management beans) or in the JVM's option variables: a language set on purpose.
     */
    static boolean languageGiven(List<String> arguments, Map<String, String> env) {
        String option = "-Duser.language=";
        return arguments.stream().anyMatch(a -> a.startsWith(option))
                || env.getOrDefault("JAVA_TOOL_OPTIONS", "").contains(option)
                || env.getOrDefault("JDK_JAVA_OPTIONS", "").contains(option);
    }
}
