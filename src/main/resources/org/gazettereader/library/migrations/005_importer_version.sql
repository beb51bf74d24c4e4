-- The version of the importer (org.gazettereader.importing.ImporterVersion) that parsed each issue or
-- document. A newer reader parses the kept originals of older ones again at start, bookmarks kept.
-- Rows written before this column existed get 0: parsed by an importer older than any recorded.
ALTER TABLE issues ADD COLUMN importer_version INTEGER NOT NULL DEFAULT 0;
