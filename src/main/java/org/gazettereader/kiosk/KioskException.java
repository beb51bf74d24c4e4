// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.gazettereader.config.Messages;

/**
 * A kiosk failure with a message key of the window's bundles and its arguments, so that the window
 * shows it in the patron's or administrator's language and the command line in English. An argument
 * that is itself a {@link Text} (a reason) is rendered in the same language.
 */
public final class KioskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A message key with its arguments, rendered later in the reader's language. */
    public record Text(String key, Object... args) {
        public Text {
            Objects.requireNonNull(key, "key");
            args = args.clone();
        }

        /** This text in the language of {@code messages}. */
        public String render(Messages messages) {
            Object[] rendered = Arrays.stream(args).map(a -> a instanceof Text t ? t.render(messages) : a).toArray();
            return messages.get(key, rendered);
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }

    private final transient Text text;

    public KioskException(Text text, Throwable cause) {
        super(text.render(new Messages(Locale.ENGLISH)), cause);
        this.text = text;
    }

    public KioskException(String key, Object... args) {
        this(new Text(key, args), null);
    }

    /** The key and arguments of this failure. */
    public Text text() {
        return text;
    }

    /** The message in the language of {@code messages}. */
    public String message(Messages messages) {
        return text.render(messages);
    }
}
