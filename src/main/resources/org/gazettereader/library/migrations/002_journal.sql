-- Files the library is about to write or delete under sources/. A row is added before the file
-- is written and removed in the transaction that makes the file part of an issue (or after the
-- file of a replaced issue is deleted). Opening the library removes the files of rows left by an
-- import that did not finish; files that are neither referenced nor journaled are never touched.
CREATE TABLE pending_files (
    path       TEXT PRIMARY KEY,         -- relative to the library folder
    started_at TEXT NOT NULL
);
