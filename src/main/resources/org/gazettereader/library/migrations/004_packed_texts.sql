-- A notice's blocks (body and attachments) as one packed, compressed value (PackedBlocks) instead of
-- a row a paragraph: the rows repeated the notice id, a table's text beside its cells, and, being a
-- WITHOUT ROWID table, left most of an overflow page empty for every paragraph over about 1 KB.
-- The rows are converted by BlockRowsConversion in this migration's transaction, then dropped.
CREATE TABLE notice_texts (
    notice_id TEXT PRIMARY KEY REFERENCES notices(id) ON DELETE CASCADE,
    body      BLOB NOT NULL
);
