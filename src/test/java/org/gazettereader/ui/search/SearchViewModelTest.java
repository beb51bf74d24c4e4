// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gazettereader.config.Messages;
import org.gazettereader.importing.Samples;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.gazettereader.model.Facet;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.SameThreadBackground;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search panel's state on a real library, with background work run when the test says: no window. */
class SearchViewModelTest {
    @TempDir
    static Path dir;
    static Library library;

    /** Holds work until {@link #runAll()} or {@link #runLast()}: the order a slow machine might finish it in. */
    static final class Held implements Background {
        final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            queue.add(() -> new SameThreadBackground().submit(work, done, failed));
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        void runLast() {
            queue.pollLast().run();
        }
    }

    private final Held background = new Held();
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    @BeforeAll
    static void open() throws Exception {
        library = Library.open(dir.resolve("lib"));
        library.importPaths(List.of(Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")))),
                ImportListener.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private SearchViewModel vm() {
        return new SearchViewModel(library::searcher, background, zh);
    }

    /** Searches and lets every held search answer, in the order they were asked. */
    private void searchAndAnswer(SearchViewModel vm) {
        vm.search();
        background.runAll();
    }

    @Test
    void aSearchFillsResultsFacetsCountAndTheQueryItAnswers() {
        SearchViewModel vm = vm();
        vm.queryProperty().set("  实施 ");
        searchAndAnswer(vm);
        assertThat(vm.resultsProperty().get()).isNotEmpty();
        assertThat(vm.totalProperty().get()).isEqualTo(vm.resultsProperty().get().size());
        assertThat(vm.answeredQueryProperty().get()).isEqualTo("实施");
        assertThat(vm.statusProperty().get()).isEqualTo("共 " + vm.totalProperty().get() + " 篇公文");
        assertThat(vm.facetsProperty().get().get("section")).extracting(Facet::value).contains("市政府办公室文件");
    }

    @Test
    void whatWasTypedBeforeTheLibraryOpenedIsSearchedWhenItOpens() {
        java.util.concurrent.atomic.AtomicReference<org.gazettereader.search.NoticeSearcher> open =
                new java.util.concurrent.atomic.AtomicReference<>();
        SearchViewModel vm = new SearchViewModel(open::get, background, zh);
        vm.queryProperty().set("zscq");
        searchAndAnswer(vm);
        assertThat(vm.statusProperty().get()).isEqualTo("公报库尚未打开，请稍候。");
        open.set(library.searcher());
        vm.libraryChanged();
        background.runAll();
        assertThat(vm.resultsProperty().get()).isNotEmpty();
        assertThat(vm.statusProperty().get()).startsWith("共 ");
    }

    @Test
    void aFilterNarrowsAndAFilterThatLeavesNothingSaysToRemoveOne() {
        SearchViewModel vm = vm();
        vm.queryProperty().set("实施");
        searchAndAnswer(vm);
        int all = vm.totalProperty().get();
        vm.sectionProperty().set("市政府办公室文件");
        searchAndAnswer(vm);
        assertThat(vm.totalProperty().get()).isPositive().isLessThan(all);
        vm.yearProperty().set(1999);
        searchAndAnswer(vm);
        assertThat(vm.resultsProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(zh.get("search.noneFiltered"));
        vm.clearFilters();
        searchAndAnswer(vm);
        assertThat(vm.totalProperty().get()).isEqualTo(all);
    }

    @Test
    void aLaterSearchWinsOverAnEarlierOneThatFinishesAfterIt() {
        SearchViewModel vm = vm();
        vm.queryProperty().set("规划");
        vm.search();
        vm.queryProperty().set("吕政发〔2023〕2号");
        vm.search();
        background.runLast(); // the later search answers first
        background.runAll(); // then the earlier one, which must not replace it
        assertThat(vm.answeredQueryProperty().get()).isEqualTo("吕政发〔2023〕2号");
        assertThat(vm.resultsProperty().get().get(0).docNumber()).isEqualTo("吕政发〔2023〕2号");
    }

    @Test
    void anEmptyQueryClearsAndHintsAndNoLibraryYetSaysSo() {
        SearchViewModel vm = vm();
        vm.queryProperty().set("   ");
        vm.search();
        assertThat(vm.resultsProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(zh.get("search.hint"));
        SearchViewModel early = new SearchViewModel(() -> null, background, zh);
        early.queryProperty().set("规划");
        early.search();
        assertThat(early.statusProperty().get()).isEqualTo(zh.get("search.notReady"));
    }

    @Test
    void aFailedSearchIsReportedOnTheStatusLine() {
        SearchViewModel vm = vm();
        Background failing = new Background() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                failed.accept(new java.io.IOException("index gone"));
            }
        };
        SearchViewModel broken = new SearchViewModel(library::searcher, failing, zh);
        broken.queryProperty().set("规划");
        broken.search();
        assertThat(broken.statusProperty().get()).isEqualTo(zh.get("search.failed", "index gone"));
        assertThat(vm.suggest("吕政")).isNotEmpty();
    }

    @Test
    void aSlipIsOfferedItsCorrectionWhichIsSearchedOnlyWhenAsked() {
        SearchViewModel vm = vm();
        vm.queryProperty().set("知识产全");
        searchAndAnswer(vm);
        assertThat(vm.didYouMeanProperty().get()).isEqualTo("知识产权");
        // Offered, never put in place of what was typed.
        assertThat(vm.queryProperty().get()).isEqualTo("知识产全");
        assertThat(vm.answeredQueryProperty().get()).isEqualTo("知识产全");
        vm.searchDidYouMean();
        background.runAll();
        assertThat(vm.queryProperty().get()).isEqualTo("知识产权");
        assertThat(vm.answeredQueryProperty().get()).isEqualTo("知识产权");
        assertThat(vm.resultsProperty().get()).extracting(h -> h.docNumber()).contains("吕政发〔2023〕2号");
        assertThat(vm.didYouMeanProperty().get()).isNull();
        // An empty query takes the offer away, and asking then does nothing.
        vm.queryProperty().set("知识产全");
        searchAndAnswer(vm);
        vm.queryProperty().set("");
        searchAndAnswer(vm);
        assertThat(vm.didYouMeanProperty().get()).isNull();
        vm.searchDidYouMean();
        assertThat(vm.queryProperty().get()).isEmpty();
    }
}
