// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import org.gazettereader.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.config.Problem;
import org.gazettereader.library.LibrarySnapshot;

/**
 * {@code manifest.json} of a bundle: what it holds and the SHA-256 of every other entry, so that a
 * signature over these bytes covers the whole bundle. Format version {@value #FORMAT_VERSION}.
 *
 * @param created ISO-8601 instant
 * @param appVersion the Gazette Reader that wrote it (its importer parsed the issues)
 * @param librarySchema the database schema version (migrations applied)
 * @param indexVersion the search index's field version
 * @param libraryVersion the source library's version when the snapshot was taken
 * @param gazette the {@code --gazette} filter, or null
 * @param year the {@code --year} filter, or null
 * @param originals whether the kept originals are in it
 * @param signer the public key line of the key that signed it, or null (unsigned)
 */
public record Manifest(int formatVersion, String created, String appVersion, int librarySchema, int indexVersion,
        long libraryVersion, String gazette, Integer year, boolean originals, String signer,
        List<LibrarySnapshot.Entry> issues, List<Entry> entries) {
    public static final int FORMAT_VERSION = 1;
    static final String FORMAT = "gazette-reader-bundle";
    static final String NAME = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    /** Entries of the library are under this folder in the bundle. */
    static final String LIBRARY = "library/";

    /** One file of the bundle with its size and hash. */
    public record Entry(String name, long size, String sha256) {
    }

    public int notices() {
        return issues.stream().mapToInt(LibrarySnapshot.Entry::notices).sum();
    }

    public int documents() {
        return (int) issues.stream().filter(LibrarySnapshot.Entry::document).count();
    }

    /** Gazette issues (single documents not counted). */
    public int gazetteIssues() {
        return issues.size() - documents();
    }

    public int originalFiles() {
        return (int) entries.stream().filter(e -> e.name().startsWith(LIBRARY + "sources/")).count();
    }

    public long bytes() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    byte[] toJson() {
        Json o = Json.object();
        o.put("format", FORMAT);
        o.put("format_version", formatVersion);
        o.put("created", created);
        o.put("app_version", appVersion);
        o.put("importer_version", appVersion);
        o.put("library_schema", librarySchema);
        o.put("index_version", indexVersion);
        o.put("library_version", libraryVersion);
        Json filter = o.putObject("filter");
        filter.put("gazette", gazette);
        if (year == null) {
            filter.putNull("year");
        } else {
            filter.put("year", year);
        }
        o.put("originals", originals);
        o.put("signer", signer);
        Json counts = o.putObject("counts");
        counts.put("issues", gazetteIssues());
        counts.put("documents", documents());
        counts.put("notices", notices());
        counts.put("originals", originalFiles());
        counts.put("entries", entries.size());
        Json is = o.putArray("issues");
        for (LibrarySnapshot.Entry e : issues) {
            Json i = is.addObject();
            i.put("id", e.id());
            i.put("kind", e.document() ? "document" : "issue");
            i.put("gazette", e.gazette());
            putInt(i, "year", e.year());
            putInt(i, "issue", e.issue());
            i.put("source_name", e.sourceName());
            i.put("source_path", e.sourcePath());
            i.put("sha256", e.sha256());
            i.put("size", e.size());
            i.put("notices", e.notices());
            i.put("notice_ids_sha256", e.noticeIdsSha256());
        }
        Json es = o.putArray("entries");
        for (Entry e : entries) {
            es.addObject().put("name", e.name()).put("size", e.size()).put("sha256", e.sha256());
        }
        return o.bytes();
    }

    private static void putInt(Json o, String key, Integer v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    /** Reads a manifest; {@code where} names the bundle in the message when it is not one. */
    static Manifest parse(byte[] json, String where) {
        Json o;
        try {
            o = Json.parse(json);
        } catch (IOException e) {
            throw new BundleException(where + ": " + NAME + " is not valid JSON (" + e.getMessage() + ")", e);
        }
        if (o == null || !FORMAT.equals(o.path("format").asText())) {
            throw new BundleException(where + ": " + NAME + " is not the manifest of a Gazette Reader bundle");
        }
        int version = o.path("format_version").asInt(-1);
        if (version > FORMAT_VERSION) {
            throw new BundleException(where + " was written by a newer Gazette Reader (bundle format " + version
                    + ", this version reads " + FORMAT_VERSION + "): update the reader", Problem.of("bundle.newer", where));
        }
        if (version < 1) {
            throw new BundleException(where + ": " + NAME + " has no valid format_version");
        }
        List<LibrarySnapshot.Entry> issues = new ArrayList<>();
        for (Json i : o.path("issues")) {
            issues.add(new LibrarySnapshot.Entry(i.path("id").asLong(), text(i, "gazette"), integer(i, "year"),
                    integer(i, "issue"), "document".equals(i.path("kind").asText()), text(i, "source_name"),
                    text(i, "source_path"), text(i, "sha256"), i.path("size").asLong(), i.path("notices").asInt(),
                    text(i, "notice_ids_sha256")));
        }
        List<Entry> entries = new ArrayList<>();
        for (Json e : o.path("entries")) {
            String name = text(e, "name");
            String sha = text(e, "sha256");
            if (name == null || sha == null || !e.path("size").isIntegralNumber()) {
                throw new BundleException(where + ": " + NAME + " lists an entry without a name, size or SHA-256");
            }
            entries.add(new Entry(name, e.path("size").asLong(), sha));
        }
        Json filter = o.path("filter");
        return new Manifest(version, text(o, "created"), text(o, "app_version"), o.path("library_schema").asInt(),
                o.path("index_version").asInt(), o.path("library_version").asLong(), text(filter, "gazette"),
                integer(filter, "year"), o.path("originals").asBoolean(), text(o, "signer"), issues, entries);
    }

    private static String text(Json o, String key) {
        Json v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(Json o, String key) {
        Json v = o.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
