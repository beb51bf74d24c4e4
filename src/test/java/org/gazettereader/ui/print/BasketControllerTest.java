// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gazettereader.config.Messages;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.NoticeSource;
import org.gazettereader.ui.SameThreadBackground;
import org.gazettereader.ui.ShellViewModel;
import org.gazettereader.ui.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The basket's policy on the sample issue's notices, with the same-thread twin of the background: no window. */
class BasketControllerTest {
    private final Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final ShellViewModel shell = new ShellViewModel(m, Path.of("library"), Theme.LIGHT, 18);
    private final PrintBasket basket = new PrintBasket();
    private List<LibraryNotice> sample;
    private int dialogs;
    private boolean broken;
    private BasketController controller;

    @BeforeEach
    void setUp() {
        sample = Samples.sampleNotices().stream()
                .map(n -> new LibraryNotice(7, "吕梁市人民政府公报", 2023, 1, n)).toList();
        NoticeSource source = new NoticeSource() {
            @Override
            public List<LibraryNotice> find(String id) {
                if (broken) {
                    throw new IllegalStateException("磁盘已满");
                }
                return sample.stream().filter(n -> n.notice().id().equals(id) || id.equals(n.notice().docNumber())).toList();
            }

            @Override
            public List<LibraryNotice> ofIssue(long issueId) {
                return issueId == 7 ? sample : List.of();
            }
        };
        controller = new BasketController(new SameThreadBackground(), source, basket, shell, m, () -> dialogs++);
    }

    @Test
    void treeRowsAddTheirNoticesOnceAndSaySo() {
        controller.add(Pointed.inTree(sample.subList(0, 3)));
        assertThat(basket.notices()).containsExactlyElementsOf(sample.subList(0, 3));
        assertThat(shell.statusProperty().get()).isEqualTo("已加入打印篮 3 篇，共 3 篇。");
        controller.add(Pointed.inTree(sample.subList(2, 4)));
        assertThat(shell.statusProperty().get()).isEqualTo("已加入打印篮 1 篇，共 4 篇。");
        // A row with nothing under it (an issue not opened yet): the status says none were added.
        controller.add(Pointed.inTree(List.of()));
        assertThat(shell.statusProperty().get()).isEqualTo("已加入打印篮 0 篇，共 4 篇。");
    }

    @Test
    void aSearchHitOrTheNoticeBeingReadIsFoundByItsId() {
        LibraryNotice n = sample.get(5);
        controller.add(Pointed.notice(n.notice().id()));
        assertThat(basket.notices()).containsExactly(n);
        assertThat(shell.statusProperty().get()).isEqualTo("已加入打印篮 1 篇，共 1 篇。");
        String before = shell.statusProperty().get();
        controller.add(Pointed.nothing());
        assertThat(shell.statusProperty().get()).isEqualTo(before);
        assertThat(basket.notices()).hasSize(1);
    }

    @Test
    void aLibraryFailureReachesTheStatusLine() {
        broken = true;
        controller.add(Pointed.notice(sample.get(0).notice().id()));
        assertThat(basket.notices()).isEmpty();
        assertThat(shell.statusProperty().get()).isEqualTo("操作没有完成：磁盘已满（详情见日志）");
    }

    @Test
    void printTakesCheckedNoticesAndIssuesThenOpensTheDialog() {
        controller.print(new PrintChoice(List.of(sample.get(1)), List.of(), sample.get(0).notice().id()));
        assertThat(basket.notices()).containsExactly(sample.get(1));
        assertThat(dialogs).isEqualTo(1);
        // An issue checked before it was opened: all its notices, the one already there kept once.
        controller.print(new PrintChoice(List.of(), List.of(7L), null));
        assertThat(basket.notices()).hasSize(sample.size());
        assertThat(basket.notices().get(0)).isEqualTo(sample.get(1));
        assertThat(dialogs).isEqualTo(2);
    }

    @Test
    void withNothingCheckedTheNoticeBeingReadIsPrintedOnlyIntoAnEmptyBasket() {
        controller.print(new PrintChoice(List.of(), List.of(), sample.get(3).notice().id()));
        assertThat(basket.notices()).containsExactly(sample.get(3));
        controller.print(new PrintChoice(List.of(), List.of(), sample.get(4).notice().id()));
        assertThat(basket.notices()).containsExactly(sample.get(3));
        assertThat(dialogs).isEqualTo(2);
        basket.notices().clear();
        controller.print(new PrintChoice(List.of(), List.of(), null));
        assertThat(basket.notices()).isEmpty();
        assertThat(dialogs).isEqualTo(3);
    }
}
