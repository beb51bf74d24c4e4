// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.List;

/** One named repair of extraction damage over the line model; it records what it removed. */
public interface RepairPass {
    String name();

    /** Returns the repaired lines; the same number of lines, with removed ones blanked, so line numbers stay. */
    List<SourceLine> apply(List<SourceLine> lines, RepairLog log);
}
