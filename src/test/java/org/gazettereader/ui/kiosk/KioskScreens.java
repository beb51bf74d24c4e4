// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gazettereader.config.Messages;
import org.gazettereader.importing.Samples;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.ui.BundledFont;
import org.gazettereader.ui.SameThreadBackground;
import org.gazettereader.ui.Theme;
import org.gazettereader.ui.search.SearchPane;
import org.gazettereader.ui.search.SearchViewModel;

/**
 * Shows a kiosk view alone in a real window, for screenshots under Xvfb (not a test):
 * {@code java -cp … org.gazettereader.ui.kiosk.KioskScreens home|keyboard WIDTH HEIGHT}. The library
 * is the sample issue and a few generated ones, in a temporary folder.
 */
public final class KioskScreens {
    private KioskScreens() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Path dir = Files.createTempDirectory("kiosk-screens");
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copy(Samples.SAMPLE, in);
        Samples.corpus(Files.createDirectories(in.resolve("more")), 11, 5);
        Library library = Library.open(dir.resolve("lib"));
        library.importPaths(List.of(in), ImportListener.NONE, () -> false);
        Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
        Platform.startup(() -> {
            String font = BundledFont.load();
            Parent root;
            Runnable after = () -> { };
            if (mode.equals("home")) {
                HomeScreen home = new HomeScreen(new HomeViewModel(new SameThreadBackground(), library::notices), m,
                        new SimpleObjectProperty<List<IssueSummary>>(library.issues()));
                home.viewModel().printAllowedProperty().set(true);
                root = home.root();
            } else {
                SearchPane search = new SearchPane(new SearchViewModel(library::searcher, new SameThreadBackground(), m), m,
                        (id, words) -> { }, new SimpleObjectProperty<List<IssueSummary>>(library.issues()));
                search.addAboveField(f -> new OnScreenKeyboard(m, f));
                VBox.setVgrow(search.root(), Priority.ALWAYS);
                root = new VBox(search.root());
                Parent r = root;
                // Taps on w e n w u, as a patron's finger makes them.
                after = () -> {
                    search.focus();
                    for (String k : List.of("w", "e", "n", "w", "u")) {
                        ((Button) r.lookup("#kiosk-key-" + k)).fire();
                    }
                };
            }
            root.setStyle("-fx-font-family: \"" + font + "\";");
            Scene scene = new Scene(root, width, height);
            Theme.LIGHT.apply(scene);
            KioskTouch.apply(scene, KioskSettings.defaults(true));
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            Platform.runLater(after);
        });
    }
}
