-- Single documents (a 公文 saved from a web page, a 红头 PDF, a law) are rows of issues with kind
-- 'document': one notice, no year or issue number, filed under the reserved gazette row 0, whose
-- empty name no gazette can have (a gazette's name ends in 公报). Readers map it to no gazette.
-- Adding a column and a row keeps every existing row and join as it is: no table is rebuilt.
ALTER TABLE issues ADD COLUMN kind TEXT NOT NULL DEFAULT 'issue' CHECK (kind IN ('issue', 'document'));
INSERT INTO gazettes(id, name) VALUES (0, '');
CREATE INDEX issues_kind ON issues(kind);
