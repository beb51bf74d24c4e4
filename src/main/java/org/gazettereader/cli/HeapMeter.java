// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use across all heap pools since the last reset, for the benchmarks. */
final class HeapMeter {
    private HeapMeter() {
    }

    static void reset() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the pools' peaks: an upper bound of the peak heap (pools peak at different moments). */
    static long peakBytes() {
        long total = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                total += p.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
