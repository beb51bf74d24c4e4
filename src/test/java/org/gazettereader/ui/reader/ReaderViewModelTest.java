// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gazettereader.config.Messages;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Notice;
import org.gazettereader.model.Anchor;
import org.gazettereader.typeset.MonospaceMeasurer;
import org.gazettereader.typeset.NoticeLayout;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.SameThreadBackground;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reader's state with the same-thread twin of the background executor: deterministic, no JavaFX. */
class ReaderViewModelTest {
    private final Map<String, Anchor> saved = new HashMap<>();
    private ReaderViewModel vm;
    private ReaderDocument doc;

    /** Positions kept in {@link #saved}: what the library does with a table. */
    private PositionStore store() {
        return new PositionStore() {
            @Override
            public void save(String noticeId, Anchor at) {
                saved.put(noticeId, at);
            }

            @Override
            public Optional<Anchor> load(String noticeId) {
                return Optional.ofNullable(saved.get(noticeId));
            }
        };
    }

    @BeforeEach
    void setUp() {
        vm = new ReaderViewModel(new Typesetter(new MonospaceMeasurer()), new SameThreadBackground(), store(), new Messages(Locale.SIMPLIFIED_CHINESE));
        vm.layout(PageGeometry.screen(700, 560), 18);
        Notice n = Samples.sampleNotices().get(0);
        doc = new ReaderDocument(n.id(), n.title(), NoticeLayout.paragraphs(n), n.tocPage());
    }

    @Test
    void turningPagesUpdatesTheLabelAndSavesThePlace() {
        vm.open(doc, null);
        int total = vm.pagesProperty().get().size();
        assertThat(vm.pageLabelProperty().get()).isEqualTo("第 1 页 / 共 " + total + " 页");
        vm.next();
        assertThat(vm.pageLabelProperty().get()).startsWith("第 2 页");
        assertThat(vm.goTo(total + 1)).isFalse();
        assertThat(vm.goTo(9)).isTrue();
        assertThat(saved.get(doc.id())).isEqualTo(vm.pagesProperty().get().get(8).first());
        assertThat(vm.printedLabelProperty().get()).isEqualTo("本文见公报第 1 页起");
    }

    @Test
    void aNoticeOpenedAndReadOnItsFirstPageIsKeptAsTheLastPlace() {
        // Opened from a search and never turned: the next start must still reopen it (a tester's report).
        vm.open(doc, null);
        assertThat(saved).containsEntry(doc.id(), Anchor.START);
        Notice other = Samples.sampleNotices().get(3);
        ReaderDocument second = new ReaderDocument(other.id(), other.title(), NoticeLayout.paragraphs(other), other.tocPage());
        vm.open(second, null);
        assertThat(saved).containsEntry(other.id(), Anchor.START);
    }

    @Test
    void reopeningAtAnAnchorShowsItsPageEvenWhenTheDocumentIsOpen() {
        vm.open(doc, null);
        vm.goTo(9);
        Anchor place = vm.currentAnchor();
        vm.first();
        vm.layout(PageGeometry.screen(700, 560), 24);
        vm.open(doc, place);
        assertThat(vm.pagesProperty().get().get(vm.pageIndexProperty().get()).contains(place)).isTrue();
        assertThat(vm.pageIndexProperty().get()).isPositive();
    }

    @Test
    void aLargerFontKeepsThePlaceAndNeverDrifts() {
        vm.open(doc, null);
        vm.goTo(20);
        Anchor place = vm.currentAnchor();
        for (double size : new double[] {20, 26, 32, 14, 18}) {
            vm.layout(PageGeometry.screen(700, 560), size);
            assertThat(vm.pagesProperty().get().get(vm.pageIndexProperty().get()).contains(place)).as("%s px", size).isTrue();
        }
        assertThat(vm.currentAnchor()).isEqualTo(place);
    }

    @Test
    void findCountsAndCycles() {
        vm.open(doc, null);
        vm.find("妇女");
        String first = vm.hitLabelProperty().get();
        assertThat(first).startsWith("第 1 处 / 共 ");
        int total = vm.hitsProperty().get().size();
        for (int i = 0; i < total; i++) {
            vm.nextHit();
        }
        assertThat(vm.hitLabelProperty().get()).isEqualTo(first);
        vm.find("核聚变");
        assertThat(vm.hitLabelProperty().get()).isEqualTo("没有找到");
        assertThat(List.copyOf(vm.hitsProperty().get())).isEmpty();
    }

    @Test
    void reopeningWithoutAnAnchorComesBackToTheSavedPage() {
        vm.open(doc, null);
        vm.goTo(7);
        Anchor place = vm.currentAnchor();
        vm.open(new ReaderDocument(null, "目录", doc.paragraphs().subList(0, 3), null), null);
        vm.open(doc, null);
        assertThat(vm.pageIndexProperty().get()).isEqualTo(6);
        assertThat(vm.currentAnchor()).isEqualTo(place);
    }

    @Test
    void aJumpMadeWhileTheSavedPositionIsReadWinsOverIt() {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        Background later = new Background() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                queued.add(() -> new SameThreadBackground().submit(work, done, failed));
            }
        };
        saved.put(doc.id(), new Anchor(0, 40, 0));
        ReaderViewModel slow = new ReaderViewModel(new Typesetter(new MonospaceMeasurer()), later, store(), new Messages(Locale.SIMPLIFIED_CHINESE));
        slow.layout(PageGeometry.screen(700, 560), 18);
        slow.open(doc, null);
        assertThat(slow.isComplete()).isFalse();
        slow.show(Anchor.START);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertThat(slow.isComplete()).isTrue();
        assertThat(slow.pageIndexProperty().get()).isZero();
        assertThat(slow.currentAnchor()).isEqualTo(Anchor.START);
    }
}
