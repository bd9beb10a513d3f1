-- The other databases a project's changes may reach besides their target (issue 10): a JSON
-- array of database names, set only by a workspace admin. VARCHAR rather than TEXT so that the
-- default holds on every MySQL-family server (TiDB and older MySQL refuse a default on TEXT);
-- the schema allows at most 20 names of at most 148 characters.
ALTER TABLE `Project` ADD COLUMN `crossDatabaseAccess` VARCHAR(4096) NOT NULL DEFAULT '[]';
