# tidemark_migration is not imported: declare it and apply; versions already applied are skipped.
