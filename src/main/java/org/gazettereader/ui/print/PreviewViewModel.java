// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gazettereader.config.Messages;

/**
 * The print preview's state: which page of how many is shown and at what zoom. Zoom 1 fits the
 * page's width to the preview; each step multiplies or divides by {@value #STEP}. Touches no control.
 */
public final class PreviewViewModel {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 4;
    static final double STEP = 1.25;

    private final Messages m;
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zoomLabel = new ReadOnlyStringWrapper("");

    public PreviewViewModel(Messages m) {
        this.m = m;
        labels();
    }

    /** A new document to preview: its first page is shown, the zoom is kept. */
    public void setPages(int count) {
        pages.set(Math.max(0, count));
        pageIndex.set(0);
        labels();
    }

    public void next() {
        show(pageIndex.get() + 1);
    }

    public void previous() {
        show(pageIndex.get() - 1);
    }

    public void first() {
        show(0);
    }

    public void last() {
        show(pages.get() - 1);
    }

    /** Shows page {@code index} (0-based) when there is one. */
    public void show(int index) {
        if (index >= 0 && index < pages.get() && index != pageIndex.get()) {
            pageIndex.set(index);
            labels();
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() * STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() / STEP);
    }

    /** Back to the page's width fitting the preview. */
    public void zoomReset() {
        setZoom(1);
    }

    private void setZoom(double value) {
        // Rounded so that in and out again come back to the same zoom.
        double z = Math.round(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)) * 1000) / 1000.0;
        zoom.set(z);
        labels();
    }

    private void labels() {
        pageLabel.set(pages.get() == 0 ? m.get("print.previewNone")
                : m.get("print.previewPage", pageIndex.get() + 1, pages.get()));
        zoomLabel.set(m.get("print.zoomLabel", Math.round(zoom.get() * 100)));
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoomLabelProperty() {
        return zoomLabel.getReadOnlyProperty();
    }
}
