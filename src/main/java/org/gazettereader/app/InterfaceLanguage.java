// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

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
        Locale ui = Messages.uiLocale(Messages.systemLocale(javaDefault, env));
        return ui.getLanguage().equals("en") && javaDefault.getLanguage().equals("en") ? javaDefault : ui;
    }

    /** Decides from this process's locale and environment and makes the choice the JVM's default. */
    static Locale apply() {
        Locale chosen = choose(Locale.getDefault(), System.getenv());
        Locale.setDefault(chosen);
        return chosen;
    }
}
