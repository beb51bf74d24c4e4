// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Optional;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.bundle.BundleListener;
import picocli.CommandLine.Command;

/** {@code bundle keygen|create|verify|install}: a prepared library carried to other machines in one file. */
@Command(name = "bundle", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli",
        subcommands = {BundleKeygenCommand.class, BundleCreateCommand.class, BundleVerifyCommand.class,
            BundleInstallCommand.class})
public final class BundleCommand {
    private BundleCommand() {
    }

    /** The key {@code --trust} names (a key line or a file holding one), or none. */
    static Optional<PublicKey> trust(String trust) {
        return trust == null ? Optional.empty() : Optional.of(BundleKeys.trusted(trust));
    }

    /** Progress on stderr: each phase when it starts, then about every tenth of the way. */
    static BundleListener progress(PrintWriter err) {
        return new BundleListener() {
            private Phase last;
            private long step;

            @Override
            public void progress(Phase phase, long done, long total) {
                if (phase != last) {
                    last = phase;
                    step = 0;
                    err.println(CliText.get("bundle.phase." + phase.name().toLowerCase(Locale.ROOT)));
                }
                if (total > 1 && done * 10 / total > step) {
                    step = done * 10 / total;
                    err.printf(Locale.ROOT, "  %d%%%n", step * 10);
                }
                err.flush();
            }
        };
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
