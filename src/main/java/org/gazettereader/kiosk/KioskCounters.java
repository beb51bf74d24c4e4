// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import org.gazettereader.json.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gazettereader.config.DataHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a public terminal counts for its librarian, per day: patron sessions, notices opened,
 * searches, searches without hits with their query text, and pages printed. Nothing about a patron:
 * no times, no sessions, no order of events; the queries without hits of a day are kept once each,
 * sorted. The file lives in the data folder (never in the library folder) and is replaced whole on
 * each change, so that a crash or a reader of the file never sees half of it. Days older than
 * {@value #DAYS_KEPT} days are dropped. A change that cannot be written (a full disk) throws a
 * {@link KioskException} naming the file; the count is kept in memory and written with the next.
 */
public final class KioskCounters {
    private static final Logger LOG = LoggerFactory.getLogger(KioskCounters.class);
    /** The file's name in the data folder ({@code DataHome.kioskCounters()}). */
    public static final String FILE_NAME = DataHome.KIOSK_COUNTERS;
    static final int DAYS_KEPT = 731;
    static final int QUERIES_PER_DAY = 200;
    static final int QUERY_CHARS = 100;
    private static final int FORMAT = 1;

    /** One day's counts. */
    public record DayStats(LocalDate day, int sessions, int noticesOpened, int searches, int searchesWithoutHits,
            List<String> queriesWithoutHits, int pagesPrinted) {
        public DayStats {
            Objects.requireNonNull(day, "day");
            queriesWithoutHits = List.copyOf(queriesWithoutHits);
        }

        static DayStats empty(LocalDate day) {
            return new DayStats(day, 0, 0, 0, 0, List.of(), 0);
        }
    }

    private final Path file;
    private final Clock clock;
    private final TreeMap<LocalDate, Day> days = new TreeMap<>();
    private Path damagedCopy;

    /**
     * Reads the counters kept in {@code file} (none yet when it does not exist; nothing is written
     * until something is counted). A file that cannot be understood is moved aside beside itself
     * ({@link #damagedCopy()}) and counting starts afresh, so that a damaged file never keeps a
     * terminal from starting.
     */
    public KioskCounters(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.clock = Objects.requireNonNull(clock, "clock");
        load();
    }

    /** Where the counters are kept. */
    public Path file() {
        return file;
    }

    /** Where a damaged counters file was moved at start, if it was. */
    public Optional<Path> damagedCopy() {
        return Optional.ofNullable(damagedCopy);
    }

    public void sessionStarted() {
        change(d -> d.sessions++);
    }

    public void noticeOpened() {
        change(d -> d.notices++);
    }

    /** A search with its query text (kept only when it found nothing) and the number of hits. */
    public void searched(String query, int hits) {
        change(d -> {
            d.searches++;
            if (hits <= 0) {
                d.withoutHits++;
                String q = query == null ? "" : query.strip().replaceAll("\\s+", " ");
                if (q.length() > QUERY_CHARS) {
                    q = q.substring(0, q.offsetByCodePoints(0, Math.min(QUERY_CHARS, q.codePointCount(0, q.length()))));
                }
                if (!q.isEmpty() && d.queries.size() < QUERIES_PER_DAY) {
                    d.queries.add(q);
                }
            }
        });
    }

    public void pagesPrinted(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
        if (pages > 0) {
            change(d -> d.pages += pages);
        }
    }

    /** Today's counts (by the clock given), zero when nothing was counted today. */
    public synchronized DayStats today() {
        LocalDate now = LocalDate.now(clock);
        Day d = days.get(now);
        return d == null ? DayStats.empty(now) : d.stats(now);
    }

    /** Every day kept that has counts, oldest first. */
    public synchronized List<DayStats> days() {
        List<DayStats> out = new ArrayList<>();
        days.forEach((day, d) -> out.add(d.stats(day)));
        return out;
    }

    private interface Change {
        void apply(Day d);
    }

    private synchronized void change(Change change) {
        LocalDate now = LocalDate.now(clock);
        change.apply(days.computeIfAbsent(now, d -> new Day()));
        while (!days.isEmpty() && days.firstKey().isBefore(now.minusDays(DAYS_KEPT - 1))) {
            days.pollFirstEntry();
        }
        save();
    }

    /** Mutable counts of one day. */
    private static final class Day {
        int sessions;
        int notices;
        int searches;
        int withoutHits;
        final TreeSet<String> queries = new TreeSet<>();
        int pages;

        DayStats stats(LocalDate day) {
            return new DayStats(day, sessions, notices, searches, withoutHits, List.copyOf(queries), pages);
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            Json root = Json.parse(Files.readAllBytes(file));
            if (root == null || !root.path("days").isArray() || root.path("format").asInt(0) != FORMAT) {
                throw new IOException("not a counters file of this reader");
            }
            for (Json n : root.get("days")) {
                Day d = new Day();
                d.sessions = count(n, "sessions");
                d.notices = count(n, "noticesOpened");
                d.searches = count(n, "searches");
                d.withoutHits = count(n, "searchesWithoutHits");
                d.pages = count(n, "pagesPrinted");
                for (Json q : n.path("queriesWithoutHits")) {
                    if (q.isTextual() && d.queries.size() < QUERIES_PER_DAY) {
                        d.queries.add(q.asText());
                    }
                }
                days.put(LocalDate.parse(n.path("day").asText()), d);
            }
        } catch (IOException | DateTimeParseException e) {
            days.clear();
            moveAside(e);
        }
    }

    private static int count(Json day, String field) throws IOException {
        Json v = day.get(field);
        if (v == null || !v.isInt() || v.asInt() < 0) {
            throw new IOException("bad " + field + " in " + day);
        }
        return v.asInt();
    }

    private void moveAside(Exception why) {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            damagedCopy = aside;
            LOG.warn("The kiosk counters {} could not be read ({}): moved to {}, counting starts afresh", file,
                    why.getMessage(), aside);
        } catch (IOException e) {
            throw new KioskException(new KioskException.Text("kiosk.counters.damaged", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private void save() {
        Json root = Json.object();
        root.put("format", FORMAT);
        Json list = root.putArray("days");
        days.forEach((day, d) -> {
            Json n = list.addObject();
            n.put("day", day.toString());
            n.put("sessions", d.sessions);
            n.put("noticesOpened", d.notices);
            n.put("searches", d.searches);
            n.put("searchesWithoutHits", d.withoutHits);
            Json q = n.putArray("queriesWithoutHits");
            d.queries.forEach(q::add);
            n.put("pagesPrinted", d.pages);
        });
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(tmp, root.bytes());
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the failure to write is the one to report
            }
            throw new KioskException(new KioskException.Text("kiosk.counters.cannotWrite", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
