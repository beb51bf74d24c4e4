// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gazettereader.config.Messages;
import org.gazettereader.model.Anchor;
import org.gazettereader.typeset.NoticeLayout;
import org.gazettereader.typeset.Page;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Paragraph;
import org.gazettereader.typeset.Span;
import org.gazettereader.typeset.TextStyle;
import org.gazettereader.typeset.Typesetter;
import org.gazettereader.ui.Background;

/**
 * The paged reader's state: the document, its pages for the current geometry and font size, the
 * page shown, and the heading being read. Pagination runs in the background, latest request wins;
 * the first page of a document opened at its start is shown before the rest is laid out. A change
 * of size or geometry keeps the same text on screen.
 */
public final class ReaderViewModel {
    /** Characters of a document laid out for the quick first page. */
    private static final int FIRST_PAGE_CHARS = 3000;

    private final Typesetter typesetter;
    private final Background background;
    private final PositionStore positions;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<ReaderDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Page>> pages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper printedLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Anchor> heading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Span>> hits = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper currentHit = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper hitLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PageGeometry> geometry = new ReadOnlyObjectWrapper<>(PageGeometry.screen(800, 600));
    private double fontSize = 18;
    private boolean complete;
    private long generation;
    private long opens;
    /** The place the reader wants on screen; kept across re-layouts so that they never drift. */
    private Anchor target = Anchor.START;
    private int step = 1;

    public ReaderViewModel(Typesetter typesetter, Background background, PositionStore positions, Messages messages) {
        this.typesetter = typesetter;
        this.background = background;
        this.positions = positions;
        this.messages = messages;
    }

    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Page>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty printedLabelProperty() {
        return printedLabel.getReadOnlyProperty();
    }

    /** The heading (or title) the shown page belongs to: the tree follows it. */
    public ReadOnlyObjectProperty<Anchor> headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Search or find hits in the document, highlighted on the pages. */
    public ReadOnlyObjectProperty<List<Span>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentHitProperty() {
        return currentHit.getReadOnlyProperty();
    }

    /** "3 / 12" for the find bar, or "no hits". */
    public ReadOnlyStringProperty hitLabelProperty() {
        return hitLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PageGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    public double fontSize() {
        return fontSize;
    }

    public boolean isComplete() {
        return complete;
    }

    /** Opens a document at {@code at} (its saved position when null). */
    public void open(ReaderDocument doc, Anchor at) {
        long mine = ++opens;
        document.set(doc);
        clearHits();
        if (at != null || doc.id() == null) {
            target = at == null ? Anchor.START : at;
            paginate();
            return;
        }
        // The saved position is read off the JavaFX thread; until it comes the old pages are inert,
        // and any later open or jump wins over it.
        complete = false;
        generation++;
        target = Anchor.START;
        background.submit(() -> positions.load(doc.id()), saved -> {
            if (mine == opens) {
                target = saved.orElse(Anchor.START);
                paginate();
            }
        }, e -> {
            if (mine == opens) {
                paginate();
            }
        });
    }

    /** Closes the document being read: no notice, no pages (a public terminal's session ends). */
    public void close() {
        opens++;
        generation++;
        complete = false;
        document.set(null);
        pages.set(List.of());
        pageIndex.set(0);
        pageLabel.set("");
        printedLabel.set("");
        heading.set(null);
        target = Anchor.START;
        clearHits();
    }

    /** A new page size or font size: lay out again, keeping the text at the top of the page on screen. */
    public void layout(PageGeometry g, double size) {
        if (g.equals(geometry.get()) && size == fontSize) {
            return;
        }
        geometry.set(g);
        fontSize = size;
        if (document.get() != null) {
            paginate();
        }
    }

    /** The place the reader keeps on screen: the top of the page turned to, or where a document was opened. */
    public Anchor currentAnchor() {
        return target;
    }

    private void paginate() {
        Anchor keep = target;
        ReaderDocument doc = document.get();
        long gen = ++generation;
        PageGeometry g = geometry.get();
        double size = fontSize;
        complete = false;
        List<Paragraph> all = doc.paragraphs();
        if (keep.compareTo(new Anchor(0, -1, Integer.MAX_VALUE)) <= 0) {
            List<Paragraph> prefix = prefix(all);
            if (prefix.size() < all.size()) {
                background.submit(() -> typesetter.paginate(prefix, g, size), first -> {
                    if (gen == generation && !complete) {
                        pages.set(List.of(first.get(0)));
                        display(0);
                    }
                }, e -> {
                    // The whole notice is laid out next and reports the same failure; say it now if that is still to come.
                    if (gen == generation && !complete) {
                        pageLabel.set(messages.get("reader.layoutFailed", messages.describe(e)));
                    }
                });
            }
        }
        background.submit(() -> typesetter.paginate(all, g, size), laidOut -> {
            if (gen != generation) {
                return;
            }
            complete = true;
            pages.set(laidOut);
            display(NoticeLayout.pageOf(laidOut, keep));
            // A notice opened and read on its first page is the last one read too: the next start
            // reopens it (before, only a page turned saved the place).
            save();
        }, e -> pageLabel.set(messages.get("reader.layoutFailed", messages.describe(e))));
    }

    private static List<Paragraph> prefix(List<Paragraph> all) {
        int chars = 0;
        int n = 0;
        while (n < all.size() && chars < FIRST_PAGE_CHARS) {
            chars += all.get(n).text().length();
            n++;
        }
        return all.subList(0, n);
    }

    /** Pages turned by next and previous: 2 when two pages stand side by side. */
    public void setStep(int pagesPerTurn) {
        this.step = Math.max(1, pagesPerTurn);
    }

    public void next() {
        if (pageIndex.get() + step < pages.get().size()) {
            showPage(pageIndex.get() + step);
        }
    }

    public void previous() {
        showPage(pageIndex.get() - step);
    }

    public void first() {
        showPage(0);
    }

    public void last() {
        showPage(pages.get().size() - 1);
    }

    /** Shows the page that holds {@code at} (the rest of the layout may still be running: then it is kept for later). */
    public void show(Anchor at) {
        opens++;
        target = at;
        if (complete) {
            display(NoticeLayout.pageOf(pages.get(), at));
            save();
        } else {
            paginate();
        }
    }

    /** Shows page {@code number} (1-based); false when there is no such page. */
    public boolean goTo(int number) {
        if (!complete || number < 1 || number > pages.get().size()) {
            return false;
        }
        showPage(number - 1);
        return true;
    }

    /**
     * Opens a document on the page of the first occurrence of {@code words} at or after {@code from}
     * (a law's article that holds them; else the first occurrence), every occurrence highlighted.
     */
    public void openAtHits(ReaderDocument doc, List<String> words, Anchor from) {
        opens++;
        document.set(doc);
        List<Span> found = Span.find(doc.paragraphs(), words);
        hits.set(found);
        int first = java.util.stream.IntStream.range(0, found.size()).filter(i -> found.get(i).anchor().compareTo(from) >= 0)
                .findFirst().orElse(found.isEmpty() ? -1 : 0);
        currentHit.set(first);
        updateHitLabel();
        target = found.isEmpty() ? Anchor.START : found.get(first).anchor();
        paginate();
    }

    /** Find in the current document: highlights every occurrence and shows the first at or after the page shown. */
    public void find(String text) {
        ReaderDocument doc = document.get();
        if (doc == null || text == null || text.isEmpty()) {
            clearHits();
            return;
        }
        List<Span> found = Span.find(doc.paragraphs(), List.of(text));
        hits.set(found);
        int first = -1;
        for (int i = 0; i < found.size() && first < 0; i++) {
            if (found.get(i).anchor().compareTo(target) >= 0) {
                first = i;
            }
        }
        currentHit.set(found.isEmpty() ? -1 : Math.max(0, first));
        updateHitLabel();
        if (currentHit.get() >= 0) {
            show(found.get(currentHit.get()).anchor());
        }
    }

    public void nextHit() {
        moveHit(1);
    }

    public void previousHit() {
        moveHit(-1);
    }

    private void moveHit(int delta) {
        List<Span> found = hits.get();
        if (found.isEmpty()) {
            return;
        }
        int i = Math.floorMod(currentHit.get() + delta, found.size());
        currentHit.set(i);
        updateHitLabel();
        show(found.get(i).anchor());
    }

    public void clearHits() {
        hits.set(List.of());
        currentHit.set(-1);
        hitLabel.set("");
    }

    private void updateHitLabel() {
        List<Span> found = hits.get();
        hitLabel.set(found.isEmpty() ? messages.get("find.none")
                : messages.get("find.count", currentHit.get() + 1, found.size()));
    }

    /** The heading path of the place shown ("title › 一、…"), for a bookmark's label. */
    public String placeLabel() {
        ReaderDocument doc = document.get();
        if (doc == null) {
            return "";
        }
        Anchor h = heading.get();
        int about = doc.title().indexOf("关于");
        // The issuer is the same for many notices: the label starts where titles differ.
        String title = about > 0 && about + 2 < doc.title().length() ? doc.title().substring(about + 2) : doc.title();
        if (h == null || h.block() == -3) {
            return title;
        }
        for (Paragraph p : doc.paragraphs()) {
            if (p.part() == h.part() && p.block() == h.block()) {
                return title + " › " + p.text();
            }
        }
        return title;
    }

    /** Turns to a page: it becomes the place kept on screen, and the notice's saved position. */
    private void showPage(int index) {
        List<Page> ps = pages.get();
        if (ps.isEmpty() || !complete) {
            return;
        }
        int i = display(index);
        target = ps.get(i).first();
        save();
    }

    private int display(int index) {
        List<Page> ps = pages.get();
        int i = Math.max(0, Math.min(ps.size() - 1, index));
        pageIndex.set(i);
        Page p = ps.get(i);
        pageLabel.set(complete ? messages.get("reader.pageLabel", i + 1, ps.size())
                : messages.get("reader.pageLabelPartial", i + 1));
        Integer start = document.get() == null ? null : document.get().startPage();
        printedLabel.set(p.printedPage() != null ? messages.get("reader.printedPage", p.printedPage())
                : start != null ? messages.get("reader.printedFrom", start) : "");
        heading.set(headingOf(complete ? p.first() : target));
        return i;
    }

    private void save() {
        ReaderDocument doc = document.get();
        if (doc != null && doc.id() != null) {
            positions.save(doc.id(), target);
        }
    }

    /** The last heading, attachment title or notice title at or before {@code at}. */
    private Anchor headingOf(Anchor at) {
        ReaderDocument doc = document.get();
        if (doc == null) {
            return null;
        }
        Anchor found = null;
        for (Paragraph p : doc.paragraphs()) {
            Anchor a = new Anchor(p.part(), p.block(), 0);
            if (a.compareTo(new Anchor(at.part(), at.block(), Integer.MAX_VALUE)) > 0) {
                break;
            }
            if (isHeading(p.style())) {
                found = a;
            }
        }
        return found;
    }

    private static boolean isHeading(TextStyle s) {
        return s == TextStyle.TITLE || s == TextStyle.ATTACHMENT_TITLE || s == TextStyle.HEADING1
                || s == TextStyle.HEADING2;
    }

    /** The text of the shown page, for copying. */
    public String pageText() {
        List<Page> ps = pages.get();
        return ps.isEmpty() ? "" : ps.get(pageIndex.get()).text();
    }
}
