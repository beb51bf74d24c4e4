// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** PageGeometry writes out equals and hashCode (see there): they must say what a record's own would. */
class PageGeometryTest {
    @Test
    void equalityComparesEveryComponentAsARecordDoes() {
        PageGeometry g = new PageGeometry(800, 600, 36, 56, 36, 56);
        assertEquals(g, new PageGeometry(800, 600, 36, 56, 36, 56));
        assertEquals(g.hashCode(), new PageGeometry(800, 600, 36, 56, 36, 56).hashCode());
        assertEquals(g, PageGeometry.screen(800, 600));
        assertNotEquals(g, new PageGeometry(801, 600, 36, 56, 36, 56));
        assertNotEquals(g, new PageGeometry(800, 601, 36, 56, 36, 56));
        assertNotEquals(g, new PageGeometry(800, 600, 37, 56, 36, 56));
        assertNotEquals(g, new PageGeometry(800, 600, 36, 57, 36, 56));
        assertNotEquals(g, new PageGeometry(800, 600, 36, 56, 37, 56));
        assertNotEquals(g, new PageGeometry(800, 600, 36, 56, 36, 57));
        assertNotEquals(g, null);
        // As records compare doubles (Double.compare): 0.0 and -0.0 differ.
        assertNotEquals(new PageGeometry(800, 600, 0.0, 56, 36, 56), new PageGeometry(800, 600, -0.0, 56, 36, 56));
    }
}
