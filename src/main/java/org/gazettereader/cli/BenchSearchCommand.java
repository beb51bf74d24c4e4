// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gazettereader.library.Library;
import org.gazettereader.search.NoticeSearcher;
import org.gazettereader.search.SearchRequest;
import org.gazettereader.search.SearchWarmUp;
import org.gazettereader.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench search --queries FILE}: runs each query twice in one process (cold, then warm) with
 * facets and highlighted snippets as the window asks for them; every 4th query adds a year filter
 * and every 5th sorts by date. Prints p50 / p95 / p99 / max of the warm pass, the cold figures,
 * suggestion latency (first two characters of each query) and each query's hit count. A FILE with
 * tabs is a relevance set (query, id of the notice that must rank first; {@code #} lines are
 * comments), and the count of queries whose notice ranks first is printed as well.
 */
@Command(name = "search", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class BenchSearchCommand extends LibraryCommand {
    @Option(names = "--queries", required = true, paramLabel = "FILE", descriptionKey = "bench.search.queries")
    Path queries;

    @Option(names = "--warm-up", descriptionKey = "bench.search.warmUp")
    boolean warmUp;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        List<String> lines = Files.readAllLines(queries, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        // A TSV (query, the id that must rank first) is a relevance set: its comment lines are no queries.
        boolean relevance = lines.stream().anyMatch(l -> l.indexOf('\t') > 0);
        if (relevance) {
            lines = lines.stream().filter(l -> !l.startsWith("#")).toList();
        }
        List<String> qs = lines.stream().map(l -> relevance ? l.split("\t")[0] : l).toList();
        List<String> expected = relevance ? lines.stream().map(l -> l.split("\t").length > 1 ? l.split("\t")[1].strip() : "").toList() : null;
        HeapMeter.reset();
        try (Library lib = library.openExisting()) {
            NoticeSearcher s = lib.searcher();
            // What the window does in the background right after opening; the cold pass then meets
            // what the first patron after a restart meets.
            SearchWarmUp.Result warmed = warmUp ? lib.warmUp(() -> false) : null;
            Integer year = lib.issues().stream().map(i -> i.year()).filter(y -> y != null).findFirst().orElse(null);
            long[] cold = new long[qs.size()];
            long[] warm = new long[qs.size()];
            long[] suggest = new long[qs.size()];
            int[] hits = new int[qs.size()];
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < qs.size(); i++) {
                    SearchRequest r = request(qs.get(i), i, year);
                    long t0 = System.nanoTime();
                    hits[i] = s.search(r).total();
                    long t = System.nanoTime() - t0;
                    (pass == 0 ? cold : warm)[i] = t;
                    if (pass == 1) {
                        String prefix = qs.get(i).substring(0, Math.min(2, qs.get(i).length()));
                        long t1 = System.nanoTime();
                        s.suggest(prefix, 8);
                        suggest[i] = System.nanoTime() - t1;
                    }
                }
            }
            int first = 0;
            List<String> missed = new java.util.ArrayList<>();
            if (relevance) {
                for (int i = 0; i < qs.size(); i++) {
                    if (expected.get(i).equals(firstId(s, qs.get(i)))) {
                        first++;
                    } else {
                        missed.add(qs.get(i));
                    }
                }
            }
            if (json.wanted()) {
                Json o = Json.object();
                if (relevance) {
                    o.put("ranked_first", first);
                    o.put("relevance_queries", qs.size());
                    missed.forEach(o.putArray("not_first")::add);
                }
                if (warmed != null) {
                    o.put("warm_up_ms", warmed.nanos() / 1e6);
                }
                o.set("warm", stats(warm));
                o.set("cold", stats(cold));
                o.set("suggest", stats(suggest));
                Json per = o.putArray("queries");
                for (int i = 0; i < qs.size(); i++) {
                    per.addObject().put("query", qs.get(i)).put("hits", hits[i]).put("ms", warm[i] / 1e6);
                }
                json.print(o);
                return 0;
            }
            for (int i = 0; i < qs.size(); i++) {
                out.printf(Locale.ROOT, "%6d hits  %7.2f ms  %s%n", hits[i], warm[i] / 1e6, qs.get(i));
            }
            out.printf(Locale.ROOT, "%d queries on %d issues%n", qs.size(), lib.issues().size());
            if (warmed != null) {
                out.printf(Locale.ROOT, "warm-up       %.0f ms (%d searches, %d suggestions from the library's own titles)%n",
                        warmed.nanos() / 1e6, warmed.searches(), warmed.suggestions());
            }
            out.println("search warm   " + line(warm));
            out.println("search cold   " + line(cold));
            out.println("suggest warm  " + line(suggest));
            out.printf(Locale.ROOT, "peak heap %.0f MB%n", HeapMeter.peakBytes() / 1048576.0);
            if (relevance) {
                out.printf(Locale.ROOT, "ranked first: %d of %d%n", first, qs.size());
                missed.forEach(q -> out.println("  not first: " + q));
            }
            return 0;
        }
    }

    /**
     * The id ranked first for {@code q} as typed, without filters; for a query that finds nothing, the
     * first of its did-you-mean correction (what a person gets by taking the offer).
     */
    static String firstId(NoticeSearcher s, String q) throws IOException {
        SearchResult r = s.search(SearchRequest.of(q));
        if (r.hits().isEmpty() && r.didYouMean() != null) {
            r = s.search(SearchRequest.of(r.didYouMean()));
        }
        return r.hits().isEmpty() ? null : r.hits().get(0).id();
    }

    static SearchRequest request(String q, int i, Integer year) {
        SearchRequest r = SearchRequest.of(q);
        if (i % 4 == 3 && year != null) {
            r = r.toBuilder().year(year).build();
        }
        if (i % 5 == 4) {
            r = r.sortedByDate(true);
        }
        return r;
    }

    private static String line(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms",
                pct(s, 0.50), pct(s, 0.95), pct(s, 0.99), s[s.length - 1] / 1e6);
    }

    private static Json stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        Json o = Json.object();
        o.put("p50_ms", pct(s, 0.50));
        o.put("p95_ms", pct(s, 0.95));
        o.put("p99_ms", pct(s, 0.99));
        o.put("max_ms", s[s.length - 1] / 1e6);
        return o;
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

}
