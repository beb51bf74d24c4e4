// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The wiring stays wiring: a constructor that creates and connects, no behaviour of its own to test. */
class UiWiringTest {
    @Test
    void onlyAConstructor() {
        assertThat(Arrays.stream(UiWiring.class.getDeclaredMethods()).filter(m -> !m.isSynthetic()).map(Method::getName))
                .as("methods of UiWiring: behaviour belongs in ui/ controllers and view models").isEmpty();
        assertThat(UiWiring.class.getDeclaredClasses()).isEmpty();
        assertThat(UiWiring.class.getDeclaredConstructors()).hasSize(1);
    }
}
