// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.KioskCounters;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.kiosk.PrintQuota;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.ShellView;
import org.gazettereader.ui.search.SearchPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.gazettereader.ui.icons.Icon;

/**
 * What a patron sees of a public terminal, one screen at a time: the home screen (first, and again
 * after an idle reset), the reading surface (reader, library, search with its on-screen keyboard),
 * and the kiosk's own printing. A large 首页 button on the reading surface leads back home.
 *
 * <p>Printing takes its pages from the terminal's {@link PrintQuota} (session and day; the counters
 * record what is printed); a new patron gets a whole session quota again.
 */
public final class KioskSurface {
    /** Room the search panel and its tab need beside the keyboard, in px. */
    private static final double PANEL_PADDING = 48;

    private final Messages m;
    private final ShellView view;
    private final HomeScreen home;
    private final Background work;
    private final Supplier<KioskCounters> counters;
    private final Clock clock;
    private final Supplier<Path> library;
    private final Supplier<List<LibraryNotice>> toPrint;
    private final StackPane root = new StackPane();
    private KioskPrinter printer = KioskPrinter.system();
    private KioskSettings settings;
    private PrintQuota quota;
    private KioskPrintView print;

    /**
     * {@code open} shows a notice in the reader; {@code toPrint} answers what Print prints (the
     * basket, which the print action has filled); {@code counters} may answer null (then nothing can
     * be counted, and nothing is printed); {@code library} gives the library's folder.
     */
    public KioskSurface(Messages m, ShellView view, HomeScreen home, SearchPane search, KioskSettings settings,
                        Background work, Clock clock, Supplier<KioskCounters> counters, Supplier<Path> library,
                        Consumer<LibraryNotice> open, Supplier<List<LibraryNotice>> toPrint) {
        this.m = m;
        this.view = view;
        this.home = home;
        this.work = work;
        this.counters = counters;
        this.clock = clock;
        this.library = library;
        this.toPrint = toPrint;
        root.setId("kiosk-surface");
        root.getChildren().addAll(view.root(), home.root());
        home.setOnOpenNotice(n -> {
            open.accept(n);
            showReading();
        });
        home.setOnSearch(() -> {
            showReading();
            view.showSearch();
        });
        home.setOnPrint(() -> view.actions().print.run());

        Button back = new Button(m.get("kioskHome.home"), new FontIcon(Icon.HOME_OUTLINE));
        back.setId("kiosk-home-button");
        back.getStyleClass().add("kiosk-nav");
        back.getStylesheets().add(KioskTouch.stylesheet(HomeScreen.STYLESHEET));
        back.setFocusTraversable(false);
        back.setOnAction(e -> showHome());
        view.addFirstToToolBar(back);

        OnScreenKeyboard[] keys = new OnScreenKeyboard[1];
        search.addAboveField(f -> keys[0] = new OnScreenKeyboard(m, f));
        // The keyboard's own width (its keys follow the text scale) and the panel's padding around it.
        // Styled first: the search panel joins the window only when its tab is first shown.
        view.widenWhileSearching(() -> {
            keys[0].applyCss();
            return keys[0].prefWidth(-1) + PANEL_PADDING;
        });
        apply(settings);
        showHome();
    }

    /** The node the kiosk's window shows (under its overlays). */
    public Parent root() {
        return root;
    }

    public HomeScreen home() {
        return home;
    }

    /** The home screen, at its tiles: the start of every session. */
    public void showHome() {
        closePrint();
        home.viewModel().home();
        show(home.root());
    }

    /** The reading surface: reader, library and search. */
    public void showReading() {
        closePrint();
        show(view.root());
    }

    /** The kiosk's print screen with what the print action chose (the basket or the notice being read). */
    public void showPrint() {
        if (!settings.printAllowed()) {
            return;
        }
        print.viewModel().refresh();
        print.show(List.copyOf(toPrint.get()));
        show(print.root());
    }

    /** A new patron: the home screen, no print screen, a whole session quota. */
    public void newSession() {
        if (quota != null) {
            quota.newSession();
        }
        showHome();
    }

    /** New settings from the administrator: printing on or off, new quotas. */
    public void apply(KioskSettings changed) {
        if (print != null && root.getChildren().contains(print.root())) {
            showReading();
        }
        settings = changed;
        KioskCounters c = counters.get();
        quota = c == null ? null : quota != null ? quota.withSettings(changed) : new PrintQuota(changed, c);
        home.viewModel().printAllowedProperty().set(changed.printAllowed());
        printScreen();
    }

    private void printScreen() {
        // Without counters the day's pages cannot be counted: nothing is printed rather than too much.
        PageAllowance allowance = quota == null ? PageAllowance.of(() -> 0, n -> false)
                : PageAllowance.of(quota::remaining, quota::take);
        print = new KioskPrintView(new KioskPrintViewModel(settings, allowance, m), m, work, printer,
                () -> LocalDateTime.now(clock), library);
        print.setOnClose(this::showReading);
    }

    /** Prints on {@code other} from now on (a test's recording printer). */
    public void usePrinter(KioskPrinter other) {
        if (print != null && root.getChildren().contains(print.root())) {
            showReading();
        }
        printer = other;
        printScreen();
    }

    /** The print screen (null before the settings are applied). */
    public KioskPrintView printView() {
        return print;
    }

    private void closePrint() {
        if (print != null) {
            root.getChildren().remove(print.root());
        }
    }

    private void show(Node screen) {
        if (!root.getChildren().contains(screen)) {
            root.getChildren().add(screen);
        }
        for (Node n : root.getChildren()) {
            n.setVisible(n == screen);
        }
    }
}
