// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gazettereader.config.Messages;

/**
 * The file dialogs of the bundle actions. The system's file dialogs cannot be driven in a headless
 * test, so tests hand their own answers through this interface; the window uses {@link #dialogs}.
 */
public interface BundleFiles {
    /** Where to write a bundle; {@code suggested} is the file name offered. Empty when the person cancelled. */
    Optional<Path> saveBundle(String suggested);

    /** The bundle to install. */
    Optional<Path> openBundle();

    /** The private key file that signs a bundle ({@code bundle keygen} wrote it). */
    Optional<Path> signingKey();

    /** The system's file dialogs, owned by the window. */
    static BundleFiles dialogs(Messages m, Supplier<Window> owner) {
        return new BundleFiles() {
            @Override
            public Optional<Path> saveBundle(String suggested) {
                FileChooser fc = chooser(m.get("bundle.export.choose"));
                fc.setInitialFileName(suggested);
                return path(fc.showSaveDialog(owner.get()));
            }

            @Override
            public Optional<Path> openBundle() {
                return path(chooser(m.get("bundle.install.choose")).showOpenDialog(owner.get()));
            }

            @Override
            public Optional<Path> signingKey() {
                FileChooser fc = new FileChooser();
                fc.setTitle(m.get("bundle.export.chooseKey"));
                return path(fc.showOpenDialog(owner.get()));
            }

            private FileChooser chooser(String title) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("bundle.filter"), "*.gzb", "*.GZB"),
                        new FileChooser.ExtensionFilter(m.get("import.filterAll"), "*"));
                return fc;
            }

            private Optional<Path> path(File f) {
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
    }
}
