// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.SameThreadBackground;
import org.junit.jupiter.api.Test;

/** The home screen's levels and lists, without a window, on issues as libraries hold them (missing years and numbers, documents). */
class HomeViewModelTest {
    private final List<Long> read = new ArrayList<>();
    private final HomeViewModel vm = new HomeViewModel(new SameThreadBackground(), id -> {
        read.add(id);
        if (id == 99) {
            throw new IllegalStateException("database is locked");
        }
        return List.<LibraryNotice>of();
    });

    private static IssueSummary issue(long id, String gazette, Integer year, Integer no, LocalDate published, int notices) {
        return new IssueSummary(id, gazette, year, no, null, published, notices, "f" + id + ".txt", "h" + id);
    }

    private final List<IssueSummary> library = List.of(
            issue(1, "吕梁市人民政府公报", 2023, 1, LocalDate.of(2023, 2, 28), 15),
            issue(2, "吕梁市人民政府公报", 2022, 12, LocalDate.of(2022, 12, 30), 9),
            issue(3, "国务院公报", 2023, 2, null, 20),
            issue(4, "国务院公报", 2023, 1, null, 18),
            issue(5, "某县政府公报", null, 3, null, 4),
            issue(99, "吕梁市人民政府公报", 2022, 11, null, 7),
            new IssueSummary(6, null, null, null, null, null, 1, "law.txt", "h6", true, "中华人民共和国文物保护法"));

    @Test
    void yearsNewestFirstUnknownLastDocumentsLeftToSearch() {
        vm.setIssues(library);
        assertThat(vm.yearsProperty().get()).containsExactly(new HomeViewModel.YearCount(2023, 3, 53),
                new HomeViewModel.YearCount(2022, 2, 16), new HomeViewModel.YearCount(0, 1, 4));
        // The newest: the highest year, then issue number.
        assertThat(vm.latestProperty().get().id()).isEqualTo(3);
        vm.pickYear(2023);
        // A year's issues by gazette, then number.
        assertThat(vm.issuesOfYearProperty().get()).extracting(IssueSummary::id).containsExactly(4L, 3L, 1L);
        vm.pickYear(0);
        assertThat(vm.issuesOfYearProperty().get()).extracting(IssueSummary::id).containsExactly(5L);
    }

    @Test
    void backGoesUpOneLevelAndAFailedReadSaysWhy() {
        vm.setIssues(library);
        vm.openLatest();
        assertThat(vm.levelProperty().get()).isEqualTo(HomeViewModel.Level.NOTICES);
        assertThat(read).containsExactly(3L);
        vm.back();
        assertThat(vm.levelProperty().get()).isEqualTo(HomeViewModel.Level.ISSUES);
        assertThat(vm.yearProperty().get()).isEqualTo(2023);
        vm.back();
        assertThat(vm.levelProperty().get()).isEqualTo(HomeViewModel.Level.YEARS);
        vm.back();
        assertThat(vm.levelProperty().get()).isEqualTo(HomeViewModel.Level.HOME);
        vm.pickYear(2022);
        vm.openIssue(library.get(5));
        assertThat(vm.failureProperty().get()).isEqualTo("database is locked");
        assertThat(vm.loadingProperty().get()).isFalse();
        // The library replaced under the patron (an administrator's reload): back to the tiles.
        vm.setIssues(library.subList(0, 2));
        assertThat(vm.levelProperty().get()).isEqualTo(HomeViewModel.Level.HOME);
        assertThat(vm.issueProperty().get()).isNull();
    }

    @Test
    void anEmptyLibraryHasNoLatestIssue() {
        vm.setIssues(List.of(library.get(6)));
        assertThat(vm.latestProperty().get()).isNull();
        assertThat(vm.yearsProperty().get()).isEmpty();
        vm.openLatest();
        assertThat(vm.levelProperty().get()).isEqualTo(HomeViewModel.Level.HOME);
    }
}
