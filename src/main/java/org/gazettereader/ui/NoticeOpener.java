// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.BookmarkEntry;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.gazettereader.model.TextMatch;
import org.gazettereader.ui.reader.ReaderViewModel;

/**
 * Opens a notice found elsewhere than in the tree (a search hit, a suggestion, a bookmark) in the
 * reader: the notice is read in the background, then shown and the keys handed to the pages.
 */
public final class NoticeOpener {
    private final Background work;
    private final NoticeSource notices;
    private final ReaderViewModel reader;
    private final Runnable focusReader;
    private final Consumer<Throwable> failed;

    public NoticeOpener(Background work, NoticeSource notices, ReaderViewModel reader, Runnable focusReader,
                        Consumer<Throwable> failed) {
        this.work = work;
        this.notices = notices;
        this.reader = reader;
        this.focusReader = focusReader;
        this.failed = failed;
    }

    /**
     * Opens a notice on the page of its first hit, the words highlighted; in a law, at the first
     * article that holds the words (its title holds them too, most often).
     */
    public void openAtHits(String noticeId, List<String> words) {
        work.submit(() -> notices.find(noticeId), found -> {
            if (!found.isEmpty()) {
                Notice n = found.get(0).notice();
                reader.openAtHits(LibraryPane.document(found.get(0)), words, articleWith(n, words));
                focusReader.run(); // the keys now turn pages
            }
        }, failed);
    }

    /** The first article of {@code n} (body, then attachments) whose text holds one of {@code words}; the start when none does. */
    static Anchor articleWith(Notice n, List<String> words) {
        List<List<Block>> parts = new ArrayList<>();
        parts.add(n.blocks());
        n.attachments().forEach(a -> parts.add(a.blocks()));
        for (int part = 0; part < parts.size(); part++) {
            List<Block> blocks = parts.get(part);
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.type() == BlockType.ARTICLE && !TextMatch.find(b.text(), words).isEmpty()) {
                    return new Anchor(part, i, 0);
                }
            }
        }
        return Anchor.START;
    }

    /**
     * The notice being read, read again from the library at the same place (its issue was just parsed
     * anew: the pages showed the old text until it was opened again); nothing when none is open, when
     * it is gone, or when another was opened meanwhile.
     */
    public void reload() {
        org.gazettereader.ui.reader.ReaderDocument open = reader.documentProperty().get();
        if (open == null) {
            return;
        }
        Anchor at = reader.currentAnchor();
        work.submit(() -> notices.find(open.id()), found -> {
            if (!found.isEmpty() && reader.documentProperty().get() == open) {
                reader.open(LibraryPane.document(found.get(0)), at);
            }
        }, failed);
    }

    /** Opens a bookmark's notice at the bookmarked place. */
    public void jump(BookmarkEntry b) {
        work.submit(() -> notices.find(b.bookmark().noticeId()), found -> {
            if (!found.isEmpty()) {
                LibraryNotice n = found.get(0);
                reader.open(LibraryPane.document(n), new Anchor(b.bookmark().part(), b.bookmark().block(),
                        b.bookmark().offset()));
                focusReader.run();
            }
        }, failed);
    }
}
