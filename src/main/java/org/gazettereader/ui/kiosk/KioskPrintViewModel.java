// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.KioskSettings;

/**
 * The state of printing at a public terminal: how many pages the document has, how many the patron
 * may still print ("本次还可打印 12 页"), and what became of the last attempt. A document longer than
 * what remains is refused whole, before any printer is asked, and the allowance is taken only when
 * a printer is there to print. Touches no control.
 */
public final class KioskPrintViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final KioskSettings settings;
    private final PageAllowance allowance;
    private final Messages m;
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper allowanceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public KioskPrintViewModel(KioskSettings settings, PageAllowance allowance, Messages m) {
        this.settings = settings;
        this.allowance = allowance;
        this.m = m;
        refresh();
    }

    /** Reads the allowance again (another session's printing, a new session). */
    public void refresh() {
        allowanceText.set(settings.printAllowed() ? m.get("kioskPrint.allowance", allowance.remaining())
                : m.get("kioskPrint.notAllowed"));
    }

    /** A new document laid out: {@code count} pages (0 while laying out). */
    public void setPages(int count) {
        pages.set(Math.max(0, count));
        say(count > 0 ? m.get("kioskPrint.pages", count) : "", false);
        refresh();
    }

    /** True when the document may be printed now; else says why (not offered here, too many pages). */
    public boolean mayPrint() {
        refresh();
        if (!settings.printAllowed()) {
            say(m.get("kioskPrint.notAllowed"), true);
            return false;
        }
        if (pages.get() == 0 || busy.get()) {
            say(pages.get() == 0 ? m.get("kioskPrint.nothing") : m.get("kioskPrint.printing"), false);
            return false;
        }
        int left = allowance.remaining();
        if (pages.get() > left) {
            say(m.get("kioskPrint.refused", pages.get(), left), true);
            return false;
        }
        return true;
    }

    /** Takes the document's pages from the allowance, just before they go to the printer; false (refused) when they no longer fit. */
    public boolean take() {
        int n = pages.get();
        boolean ok = allowance.take(n);
        refresh();
        if (!ok) {
            say(m.get("kioskPrint.refused", n, allowance.remaining()), true);
        }
        return ok;
    }

    public void noPrinter() {
        say(m.get("kioskPrint.noPrinter"), true);
    }

    public void printing() {
        busy.set(true);
        say(m.get("kioskPrint.printing"), false);
    }

    public void printed(int count) {
        busy.set(false);
        refresh();
        say(m.get("kioskPrint.sent", count), false);
    }

    public void jobFailed() {
        busy.set(false);
        refresh();
        say(m.get("kioskPrint.jobFailed"), true);
    }

    public void failed(String reason) {
        busy.set(false);
        say(m.get("kioskPrint.failed", reason), true);
    }

    public void saved(Path file) {
        say(m.get("kioskPrint.saved", file.getFileName()), false);
    }

    public void saveRefused() {
        say(m.get("kioskPrint.saveRefused"), true);
    }

    private void say(String text, boolean refusal) {
        message.set(text);
        refused.set(refusal);
    }

    /** Whether "save as PDF" is offered: only when the settings allow it and name its folder. */
    public boolean savePdfAllowed() {
        return settings.savePdfAllowed() && settings.pdfFolder().isPresent();
    }

    /**
     * The new file a PDF is saved to: {@code base} (a 文号 or title, made a safe file name) and the
     * time, in the configured folder, never over a file already there; empty when saving is not
     * allowed or the folder lies inside the library ({@code library}, may be null).
     */
    public Optional<Path> pdfTarget(String base, LocalDateTime at, Path library) {
        if (!savePdfAllowed()) {
            return Optional.empty();
        }
        Path folder = settings.pdfFolder().get().toAbsolutePath().normalize();
        if (library != null && folder.startsWith(library.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        String safe = base == null ? "" : base.replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]", "_").replaceAll("^\\.+", "");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        String name = (safe.isEmpty() ? "gazette" : safe) + "-" + at.format(STAMP);
        Path target = folder.resolve(name + ".pdf");
        for (int k = 2; Files.exists(target); k++) {
            target = folder.resolve(name + "-" + k + ".pdf");
        }
        return Optional.of(target);
    }

    /** Writes {@code pdf} to {@code target} (a new file: never over one already there); the folder is made when missing. */
    public static void write(Path target, byte[] pdf) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, pdf);
        try {
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** "本次还可打印 12 页", or that this terminal does not print. */
    public ReadOnlyStringProperty allowanceProperty() {
        return allowanceText.getReadOnlyProperty();
    }

    /** What became of the last attempt, or the page count. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message says no (refused, no printer, failed). */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The terminal's name for the pages' footer. */
    public String terminal() {
        return settings.terminalName();
    }
}
