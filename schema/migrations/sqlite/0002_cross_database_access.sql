-- The other databases a project's changes may reach besides their target (issue 10): a JSON
-- array of database names, set only by a workspace admin.
ALTER TABLE "Project" ADD COLUMN "crossDatabaseAccess" TEXT NOT NULL DEFAULT '[]';
