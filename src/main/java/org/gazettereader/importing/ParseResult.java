// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.List;
import org.gazettereader.model.Issue;

/**
 * A parsed issue with the repaired lines it came from, what each repair removed, and where each
 * notice stands in those lines ({@code spans}: [start, end) line indices, in notice order).
 */
public record ParseResult(Issue issue, List<SourceLine> lines, RepairLog repairs, List<int[]> spans) {
}
