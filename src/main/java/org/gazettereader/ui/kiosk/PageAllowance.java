// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

/**
 * The pages a patron may still print: the terminal's quota as the print screen sees it (the wiring
 * adapts the kiosk's {@code PrintQuota} to it: {@code new PageAllowance() { remaining() → quota.remaining(),
 * take(n) → quota.take(n) }}, or with a lambda pair through {@link #of}).
 */
public interface PageAllowance {
    /** Pages that may still be printed (per session and per day, whichever is lower). */
    int remaining();

    /** Takes {@code pages} from the allowance, all or none: false (and nothing taken) when they are more than remain. */
    boolean take(int pages);

    /** An allowance made of two functions, e.g. {@code PageAllowance.of(quota::remaining, quota::take)}. */
    static PageAllowance of(java.util.function.IntSupplier remaining, java.util.function.IntPredicate take) {
        return new PageAllowance() {
            @Override
            public int remaining() {
                return remaining.getAsInt();
            }

            @Override
            public boolean take(int pages) {
                return take.test(pages);
            }
        };
    }
}
