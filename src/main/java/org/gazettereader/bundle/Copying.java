// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import org.gazettereader.config.Problem;

/** Copies bytes while hashing them, reporting progress and stopping when cancelled. */
final class Copying {
    private static final int BUFFER = 1 << 16;

    private final BundleListener listener;
    private final BundleListener.Phase phase;
    private final long total;
    private final BooleanSupplier cancelled;
    private final String cancelMessage;
    private long done;
    private long reported;

    Copying(BundleListener listener, BundleListener.Phase phase, long total, BooleanSupplier cancelled, String cancelMessage) {
        this.listener = listener;
        this.phase = phase;
        this.total = total;
        this.cancelled = cancelled;
        this.cancelMessage = cancelMessage;
    }

    /** Copies {@code in} to {@code out} (which may be null: only hashing); returns the SHA-256 in hex, and counts bytes. */
    String copy(InputStream in, OutputStream out, long[] size) throws IOException {
        MessageDigest d = sha256();
        byte[] buf = new byte[BUFFER];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            d.update(buf, 0, r);
            if (out != null) {
                out.write(buf, 0, r);
            }
            n += r;
            advance(r);
        }
        size[0] = n;
        return HexFormat.of().formatHex(d.digest());
    }

    /** Counts bytes done elsewhere; checks for cancel and reports about every 4 MB. */
    void advance(long bytes) {
        done += bytes;
        if (done - reported >= (4 << 20) || done == total) {
            reported = done;
            if (cancelled.getAsBoolean()) {
                throw new BundleException(cancelMessage, Problem.of("bundle.cancelled"));
            }
            listener.progress(phase, done, total);
        }
    }

    void finish() {
        listener.progress(phase, total, total);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
