// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gazettereader.config.Messages;
import org.junit.jupiter.api.Test;

/** The print preview's page and zoom, in Chinese and English, without a window. */
class PreviewViewModelTest {
    private final PreviewViewModel vm = new PreviewViewModel(new Messages(Locale.SIMPLIFIED_CHINESE));

    @Test
    void turnsPagesWithinTheDocument() {
        assertThat(vm.pageLabelProperty().get()).isEqualTo("没有可预览的页面");
        vm.next();
        assertThat(vm.pageIndexProperty().get()).isZero();
        vm.setPages(3);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("第 1 页 / 共 3 页");
        vm.previous();
        assertThat(vm.pageIndexProperty().get()).isZero();
        vm.next();
        vm.next();
        vm.next();
        assertThat(vm.pageLabelProperty().get()).isEqualTo("第 3 页 / 共 3 页");
        vm.first();
        assertThat(vm.pageIndexProperty().get()).isZero();
        vm.last();
        assertThat(vm.pageIndexProperty().get()).isEqualTo(2);
        // A new document starts on its first page.
        vm.setPages(5);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("第 1 页 / 共 5 页");
    }

    @Test
    void zoomStepsStopAtTheLimitsAndComeBack() {
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("100%");
        vm.zoomIn();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.25);
        vm.zoomOut();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.0);
        for (int i = 0; i < 20; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(PreviewViewModel.MAX_ZOOM);
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("400%");
        for (int i = 0; i < 20; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(PreviewViewModel.MIN_ZOOM);
        vm.zoomReset();
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("100%");
    }

    @Test
    void speaksEnglish() {
        PreviewViewModel en = new PreviewViewModel(new Messages(Locale.ENGLISH));
        en.setPages(2);
        assertThat(en.pageLabelProperty().get()).isEqualTo("Page 1 of 2");
        en.setPages(0);
        assertThat(en.pageLabelProperty().get()).isEqualTo("No pages to preview");
    }
}
