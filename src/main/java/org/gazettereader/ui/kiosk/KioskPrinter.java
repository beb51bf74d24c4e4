// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import javafx.print.PrinterJob;
import javafx.scene.Node;

/**
 * Where a kiosk prints: the system's default printer, without its dialog (a print dialog can print
 * to a file, and so browse the disks). A test gives a printer of its own.
 */
public interface KioskPrinter {
    /** A job on the printer, or null when the machine has none (or it cannot be reached). */
    Job open();

    /** One print job: pages in order, then {@link #end()}. */
    interface Job {
        String printerName();

        /** The page's printable width and height in points, to scale a page image to. */
        double printableWidth();

        double printableHeight();

        /** Prints one page; false when the printer failed. */
        boolean print(Node page);

        /** Sends the job; false when the printer failed. */
        boolean end();
    }

    /** The system's default printer through JavaFX, with the job's default settings and no dialog. */
    static KioskPrinter system() {
        return () -> {
            PrinterJob job = PrinterJob.createPrinterJob();
            if (job == null || job.getPrinter() == null) {
                return null;
            }
            return new Job() {
                @Override
                public String printerName() {
                    return job.getPrinter().getName();
                }

                @Override
                public double printableWidth() {
                    return job.getJobSettings().getPageLayout().getPrintableWidth();
                }

                @Override
                public double printableHeight() {
                    return job.getJobSettings().getPageLayout().getPrintableHeight();
                }

                @Override
                public boolean print(Node page) {
                    return job.printPage(page);
                }

                @Override
                public boolean end() {
                    return job.endJob();
                }
            };
        };
    }
}
