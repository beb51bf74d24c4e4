// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gazettereader.config.Messages;
import org.gazettereader.model.IssueSummary;

/** State of the main window: theme, reading font size and the status line. Touches no control. */
public final class ShellViewModel {
    public static final double MIN_FONT = 12;
    public static final double MAX_FONT = 40;
    public static final double DEFAULT_FONT = 18;
    private static final double STEP = 2;

    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ReadOnlyDoubleWrapper fontSize;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<List<IssueSummary>> issues = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper openFailed = new ReadOnlyBooleanWrapper(false);
    private final Messages messages;
    private final Path folder;
    /** How the status line names the library: its folder, or at a public terminal a name that gives no path away. */
    private final Object library;

    public ShellViewModel(Messages messages, Path library, Theme theme, double fontSize) {
        this(messages, library, library, theme, fontSize);
    }

    /** A status line that names the library {@code shownAs} and never shows its folder (a public terminal). */
    public ShellViewModel(Messages messages, Path library, String shownAs, Theme theme, double fontSize) {
        this(messages, library, (Object) shownAs, theme, fontSize);
    }

    private ShellViewModel(Messages messages, Path folder, Object library, Theme theme, double fontSize) {
        this.messages = messages;
        this.folder = folder;
        this.library = library;
        this.theme = new ReadOnlyObjectWrapper<>(theme);
        this.fontSize = new ReadOnlyDoubleWrapper(clamp(fontSize));
        status.set(messages.get("status.opening", library));
    }

    /** The issues of the library, once it is open. */
    public ReadOnlyObjectProperty<List<IssueSummary>> issuesProperty() {
        return issues.getReadOnlyProperty();
    }

    /** True when the library could not be opened (the status line says why). */
    public ReadOnlyBooleanProperty openFailedProperty() {
        return openFailed.getReadOnlyProperty();
    }

    /** True until the library has been opened (or failed to open). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Called on the FX thread when the library is open. */
    public void libraryOpened(List<IssueSummary> list) {
        issues.set(List.copyOf(list));
        loading.set(false);
        openFailed.set(false);
        int notices = list.stream().mapToInt(IssueSummary::notices).sum();
        long documents = list.stream().filter(IssueSummary::document).count();
        status.set(documents == 0 ? messages.get("status.ready", library, list.size(), notices)
                : messages.get("status.readyWithDocuments", library, list.size() - documents, documents, notices));
    }

    /** A message for the status line. */
    public void say(String message) {
        status.set(message);
    }

    /** Work on the library failed (already logged with its cause): say so on the status line. */
    public void failed(Throwable e) {
        status.set(messages.get("status.failed", messages.describe(e)));
    }

    /** Called on the FX thread when the library cannot be opened: says why in the interface language. */
    public void libraryFailed(Throwable e) {
        libraryFailed(messages.describe(e));
    }

    /** Called on the FX thread when the library cannot be opened. */
    public void libraryFailed(String reason) {
        loading.set(false);
        openFailed.set(true);
        status.set(messages.get("status.libraryFailed", reason));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Path library() {
        return folder;
    }

    public void setTheme(Theme value) {
        theme.set(value);
        status.set(messages.get("status.theme", messages.get(value.messageKey())));
    }

    public void zoomIn() {
        setFontSize(fontSize.get() + STEP);
    }

    public void zoomOut() {
        setFontSize(fontSize.get() - STEP);
    }

    public void zoomReset() {
        setFontSize(DEFAULT_FONT);
    }

    /** A given text size (a public terminal's own, after a patron's session). */
    public void zoomTo(double value) {
        setFontSize(value);
    }

    private void setFontSize(double value) {
        fontSize.set(clamp(value));
        status.set(messages.get("status.fontSize", (int) fontSize.get()));
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(MIN_FONT, Math.min(MAX_FONT, v)) : DEFAULT_FONT;
    }
}
