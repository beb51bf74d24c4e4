// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazettereader.config.Messages;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.Bookmark;
import org.gazettereader.model.BookmarkEntry;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.typeset.MonospaceMeasurer;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.ui.reader.PositionStore;
import org.gazettereader.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search hits and bookmarks open their notice in the reader, with the same-thread background: no window. */
class NoticeOpenerTest {
    private final List<Throwable> failures = new ArrayList<>();
    private ReaderViewModel reader;
    private List<LibraryNotice> sample;
    private int focused;
    private NoticeOpener opener;

    @BeforeEach
    void setUp() {
        PositionStore none = new PositionStore() {
            @Override
            public void save(String noticeId, Anchor at) {
            }

            @Override
            public Optional<Anchor> load(String noticeId) {
                return Optional.empty();
            }
        };
        reader = new ReaderViewModel(new Typesetter(new MonospaceMeasurer()), new SameThreadBackground(), none,
                new Messages(Locale.SIMPLIFIED_CHINESE));
        reader.layout(PageGeometry.screen(700, 560), 18);
        sample = Samples.sampleNotices().stream()
                .map(n -> new LibraryNotice(1, "吕梁市人民政府公报", 2023, 1, n)).toList();
        NoticeSource source = new NoticeSource() {
            @Override
            public List<LibraryNotice> find(String id) {
                if (id.equals("broken")) {
                    throw new IllegalStateException("数据库已损坏");
                }
                return sample.stream().filter(n -> n.notice().id().equals(id)).toList();
            }

            @Override
            public List<LibraryNotice> ofIssue(long issueId) {
                return sample;
            }
        };
        opener = new NoticeOpener(new SameThreadBackground(), source, reader, () -> focused++, failures::add);
    }

    @Test
    void aHitOpensItsNoticeOnThePageOfTheFirstWordAndHandsTheKeysToTheReader() {
        LibraryNotice n = sample.get(0);
        opener.openAtHits(n.notice().id(), List.of("妇女"));
        assertThat(reader.documentProperty().get().id()).isEqualTo(n.notice().id());
        assertThat(reader.hitsProperty().get()).isNotEmpty();
        assertThat(focused).isEqualTo(1);
    }

    @Test
    void aBookmarkOpensItsNoticeAtItsPlace() {
        LibraryNotice n = sample.get(0);
        int last = n.notice().attachments().size();
        opener.jump(new BookmarkEntry(new Bookmark(1, n.notice().id(), last, 0, 0, "附件"), n.notice().title(),
                n.gazette(), 2023, 1));
        assertThat(reader.documentProperty().get().id()).isEqualTo(n.notice().id());
        assertThat(reader.pageIndexProperty().get()).isGreaterThan(0);
        assertThat(focused).isEqualTo(1);
    }

    @Test
    void anUnknownNoticeOpensNothingAndAFailureIsReported() {
        opener.openAtHits("gone", List.of("妇女"));
        assertThat(reader.documentProperty().get()).isNull();
        assertThat(focused).isZero();
        opener.openAtHits("broken", List.of());
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("数据库已损坏");
    }
}
