// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import java.util.ArrayList;
import java.util.List;
import org.gazettereader.config.Messages;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.NoticeSource;
import org.gazettereader.ui.ShellViewModel;

/**
 * The print basket's policy: what Ctrl+Shift+P adds (and the status line saying so), and what
 * Ctrl+P puts in the basket before the print dialog opens.
 */
public final class BasketController {
    private final Background work;
    private final NoticeSource notices;
    private final PrintBasket basket;
    private final ShellViewModel shell;
    private final Messages m;
    private final Runnable showDialog;

    public BasketController(Background work, NoticeSource notices, PrintBasket basket, ShellViewModel shell, Messages m,
                            Runnable showDialog) {
        this.work = work;
        this.notices = notices;
        this.basket = basket;
        this.shell = shell;
        this.m = m;
        this.showDialog = showDialog;
    }

    /** Adds what is pointed at; a notice known only by id is read in the background first. */
    public void add(Pointed at) {
        if (at.notices() != null) {
            added(at.notices());
        } else if (at.noticeId() != null) {
            work.submit(() -> notices.find(at.noticeId()), this::added, shell::failed);
        }
    }

    private void added(List<LibraryNotice> found) {
        int n = basket.addAll(found);
        shell.say(m.get("print.added", n, basket.notices().size()));
    }

    /**
     * What is checked in the tree joins the basket; with nothing checked and an empty basket, the
     * notice being read is printed. Then the dialog opens.
     */
    public void print(PrintChoice choice) {
        if (!choice.checked().isEmpty() || !choice.checkedIssues().isEmpty()) {
            work.submit(() -> {
                List<LibraryNotice> all = new ArrayList<>(choice.checked());
                for (long issueId : choice.checkedIssues()) {
                    all.addAll(notices.ofIssue(issueId));
                }
                return all;
            }, all -> {
                basket.addAll(all);
                showDialog.run();
            }, shell::failed);
        } else if (basket.notices().isEmpty() && choice.readingId() != null) {
            work.submit(() -> notices.find(choice.readingId()), found -> {
                basket.addAll(found);
                showDialog.run();
            }, shell::failed);
        } else {
            showDialog.run();
        }
    }
}
