-- What a decision recorded in the audit log changed (issue 10): JSON with the field, its values
-- before and after, and the protected databases it concerned; NULL on records of plain calls.
ALTER TABLE "AuditLog" ADD COLUMN "detail" TEXT;
