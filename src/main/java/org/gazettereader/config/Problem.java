// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Something a person is told by the core (a library that cannot be opened, a file an import
 * refused, what an import did): a key of the core bundle ({@link ProblemText#BUNDLE}) and its
 * arguments, not finished text, so that the window and the command line say it in their own
 * language. Arguments are file paths, numbers, plain values (a file name, a 文号, what SQLite said)
 * or nested problems, rendered in the same language.
 *
 * @param key  the key in {@code core.properties} and {@code core_en.properties}
 * @param args the arguments of the key's {@link java.text.MessageFormat} pattern
 */
public record Problem(String key, List<Object> args) {
    /** An exception that carries a problem: its message for a person, in any language. */
    public interface Carrier {
        Problem problem();
    }

    public Problem {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a problem needs a key");
        }
        // null arguments are allowed (an unknown year): List.copyOf would refuse them
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Problem of(String key, Object... args) {
        List<Object> list = new ArrayList<>(args.length);
        Collections.addAll(list, args);
        return new Problem(key, list);
    }

    /** This problem in English: for logs, the import log in the database and exception messages. */
    public String english() {
        return ProblemText.english().render(this);
    }

    @Override
    public String toString() {
        return english();
    }
}
