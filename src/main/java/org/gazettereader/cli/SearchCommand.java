// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.library.Library;
import org.gazettereader.model.Facet;
import org.gazettereader.model.SearchHit;
import org.gazettereader.search.SearchRequest;
import org.gazettereader.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search [filters] QUERY}: ranked hits with snippets and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true, resourceBundle = "org.gazettereader.i18n.cli")
public final class SearchCommand extends LibraryCommand {
    /** {@code --sort relevance|date}. */
    enum SortOrder { relevance, date }

    @Mixin
    JsonOption json;

    @Option(names = "--limit", defaultValue = "20", descriptionKey = "search.limit")
    int limit;

    @Option(names = "--sort", defaultValue = "relevance", descriptionKey = "search.sort")
    SortOrder sort;

    @Option(names = "--year", descriptionKey = "search.year")
    Integer year;

    @Option(names = "--issue", paramLabel = "YEAR/NO", descriptionKey = "search.issue")
    String issue;

    @Option(names = "--section", descriptionKey = "search.section")
    String section;

    @Option(names = "--issuer", descriptionKey = "search.issuer")
    String issuer;

    @Option(names = "--type", descriptionKey = "search.type")
    String type;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "search.from", converter = DateConverter.class)
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "search.to", converter = DateConverter.class)
    LocalDate to;

    @Option(names = "--gazette", descriptionKey = "search.gazette")
    String gazette;

    @Parameters(paramLabel = "QUERY", arity = "1..*", descriptionKey = "search.query")
    List<String> query;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw usageError("--limit must be at least 1");
        }
        if (issue != null && !issue.matches("\\d{4}/\\d{1,3}")) {
            throw usageError("--issue takes YEAR/NO, for example 2023/1, not '" + issue + "'");
        }
        PrintWriter out = out();
        try (Library lib = library.openExisting()) {
            SearchRequest r = SearchRequest.builder(String.join(" ", query)).limit(limit).sortByDate(sort == SortOrder.date)
                    .year(year).issue(issue).section(section).issuer(issuer).type(type).signed(from, to).gazette(gazette)
                    .build();
            SearchResult result = lib.searcher().search(r);
            if (lib.indexBehind()) {
                err().println(CliText.get("search.indexBehind", lib.folder()));
            }
            if (json.wanted()) {
                json.print(toJson(result));
                return 0;
            }
            if (result.didYouMean() != null) {
                out.println(CliText.get("search.didYouMean", result.didYouMean()));
            }
            out.println(hitCount(result));
            int rank = 1;
            GazetteNames names = GazetteNames.chinese();
            for (SearchHit h : result.hits()) {
                out.printf("%2d. %s  %s  %s %s  %s%n", rank++, h.title(), h.docNumber() == null ? "" : h.docNumber(),
                        names.name(h.gazette(), h.document()), h.issue() == null ? "" : h.issue(),
                        h.signed() == null ? "" : h.signed());
                if (!h.snippet().text().isEmpty()) {
                    out.printf("    %s%n", h.snippet().marked("【", "】"));
                }
            }
            return 0;
        }
    }

    /** "4 hits", or "3 of 4 hits" when the limit left some out. */
    static String hitCount(SearchResult result) {
        String all = CliText.count(result.total(), "hit");
        String line = result.hits().size() < result.total()
                ? CliText.get("search.shown", Integer.toString(result.hits().size()), all) : all;
        return line + (result.truncated() ? CliText.get("search.truncated") : "");
    }

    static Json toJson(SearchResult result) {
        Json o = Json.object();
        o.put("total", result.total());
        o.put("truncated", result.truncated());
        Json hits = o.putArray("hits");
        for (SearchHit h : result.hits()) {
            Json x = hits.addObject();
            x.put("id", h.id());
            x.put("doc_number", h.docNumber());
            x.put("title", h.title());
            x.put("kind", h.document() ? "document" : "issue");
            x.put("gazette", h.gazette());
            x.put("issue", h.issue());
            x.put("signed", JsonWriter.date(h.signed()));
            x.put("score", h.score());
            x.put("snippet", h.snippet().marked("<b>", "</b>"));
        }
        Json facets = o.putObject("facets");
        for (Map.Entry<String, List<Facet>> f : result.facets().entrySet()) {
            Json dim = facets.putObject(f.getKey());
            f.getValue().forEach(v -> dim.put(v.value(), v.count()));
        }
        o.put("did_you_mean", result.didYouMean());
        return o;
    }
}
