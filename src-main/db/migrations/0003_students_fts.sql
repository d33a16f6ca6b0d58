-- Full-text index over students.search_text (folded name words and `~phonetic` keys, see
-- src-shared/domain/search-key.ts). Contentless (the text lives in students.search_text) with
-- deletes by rowid; rowid = students.rowid. Kept in step by the students write code in the same
-- transaction (not triggers: per-row triggers make bulk imports 5–11× slower).
CREATE VIRTUAL TABLE students_fts USING fts5(
  names,
  content = '',
  contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '~'",
  prefix = '2 3 4 5'
);
--> statement-breakpoint
INSERT INTO students_fts (rowid, names) SELECT rowid, search_text FROM students WHERE search_text <> '';
