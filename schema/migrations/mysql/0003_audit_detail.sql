-- What a decision recorded in the audit log changed (issue 10): JSON with the field, its values
-- before and after, and the protected databases it concerned; NULL on records of plain calls.
-- TEXT holds it: server/audit.ts caps the list of database names a detail carries.
ALTER TABLE `AuditLog` ADD COLUMN `detail` TEXT NULL;
