-- The library: SQLite is the source of truth; the Lucene index is rebuilt from it.
CREATE TABLE gazettes (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE issues (
    id           INTEGER PRIMARY KEY,
    gazette_id   INTEGER NOT NULL REFERENCES gazettes(id),
    year         INTEGER,
    issue        INTEGER,
    total_issue  INTEGER,
    published    TEXT,
    publisher    TEXT,
    sections     TEXT NOT NULL,          -- JSON array, in contents order
    warnings     TEXT NOT NULL,          -- JSON array
    source_name  TEXT NOT NULL,          -- file name as imported
    source_path  TEXT NOT NULL,          -- copy kept in the library folder, relative to it
    source_sha256 TEXT NOT NULL UNIQUE,
    source_size  INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,
    UNIQUE (gazette_id, year, issue)
);

CREATE TABLE notices (
    id            TEXT PRIMARY KEY,      -- stable across re-imports (gazette, year, issue, 文号 or title)
    issue_id      INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    section       TEXT,
    title         TEXT NOT NULL,
    doc_number    TEXT,
    doc_agency    TEXT,
    doc_year      INTEGER,
    doc_serial    INTEGER,
    type          TEXT,
    issuer        TEXT,
    recipients    TEXT,
    signed        TEXT,
    toc_page      INTEGER,
    public        INTEGER,
    consult_unit  TEXT,
    consult_phone TEXT,
    UNIQUE (issue_id, seq)
);
CREATE INDEX notices_doc_number ON notices(doc_number);
CREATE INDEX notices_signed ON notices(signed);

-- part 0 is the notice itself, part k its k-th attachment.
CREATE TABLE attachments (
    notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    label     TEXT,
    title     TEXT,
    PRIMARY KEY (notice_id, part)
);

CREATE TABLE blocks (
    notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    ord       INTEGER NOT NULL,
    type      TEXT NOT NULL,
    level     INTEGER,
    number    TEXT,
    text      TEXT NOT NULL,
    rows      TEXT,                      -- JSON array of arrays for tables
    page      INTEGER,
    PRIMARY KEY (notice_id, part, ord)
) WITHOUT ROWID;

-- Bookmarks and reading positions point at a place in the text (notice, part, block, offset),
-- not at a page; they have no foreign key so that a re-import of the issue keeps them.
CREATE TABLE bookmarks (
    id         INTEGER PRIMARY KEY,
    notice_id  TEXT NOT NULL,
    part       INTEGER NOT NULL DEFAULT 0,
    block      INTEGER NOT NULL DEFAULT 0,
    char_offset INTEGER NOT NULL DEFAULT 0,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX bookmarks_notice ON bookmarks(notice_id);

CREATE TABLE positions (
    notice_id   TEXT PRIMARY KEY,
    part        INTEGER NOT NULL,
    block       INTEGER NOT NULL,
    char_offset INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE import_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    file     TEXT NOT NULL,
    sha256   TEXT,
    outcome  TEXT NOT NULL,              -- imported, replaced, duplicate, failed
    message  TEXT
);

-- Bumped in the same transaction as every change to issues; the index records the version it reflects.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta(key, value) VALUES ('library_version', '0');
