CREATE TABLE "ServiceAccount" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "email" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "role" TEXT NOT NULL,
  "keyHash" TEXT NOT NULL,
  "etag" TEXT NOT NULL,
  "createTime" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updateTime" DATETIME NOT NULL
);
CREATE UNIQUE INDEX "ServiceAccount_email_key" ON "ServiceAccount"("email");

CREATE TABLE "Environment" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "title" TEXT NOT NULL,
  "order" INTEGER NOT NULL DEFAULT 0,
  "protected" BOOLEAN NOT NULL DEFAULT false,
  "reviewConfigId" TEXT NOT NULL DEFAULT '',
  "labels" TEXT NOT NULL,
  "etag" TEXT NOT NULL,
  "createTime" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updateTime" DATETIME NOT NULL
);

CREATE TABLE "Instance" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "title" TEXT NOT NULL,
  "engine" TEXT NOT NULL,
  "environmentId" TEXT NOT NULL,
  "labels" TEXT NOT NULL,
  "dataSources" TEXT NOT NULL,
  "engineVersion" TEXT NOT NULL DEFAULT '',
  "lastSyncTime" DATETIME,
  "syncError" TEXT NOT NULL DEFAULT '',
  "syncInterval" INTEGER NOT NULL DEFAULT 0,
  "nextSyncTime" DATETIME,
  "state" TEXT NOT NULL DEFAULT 'ACTIVE',
  "deleteTime" DATETIME,
  "etag" TEXT NOT NULL,
  "createTime" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updateTime" DATETIME NOT NULL,
  CONSTRAINT "Instance_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "Instance_environmentId_idx" ON "Instance"("environmentId");

CREATE TABLE "AuditLog" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "time" DATETIME NOT NULL,
  "actor" TEXT NOT NULL,
  "action" TEXT NOT NULL,
  "resource" TEXT NOT NULL,
  "status" INTEGER NOT NULL,
  "result" TEXT NOT NULL,
  "requestId" TEXT NOT NULL
);
CREATE INDEX "AuditLog_time_idx" ON "AuditLog"("time");

CREATE TABLE "Lease" (
  "name" TEXT NOT NULL PRIMARY KEY,
  "owner" TEXT NOT NULL,
  "expireTime" DATETIME NOT NULL
);

CREATE TABLE "Project" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "title" TEXT NOT NULL,
  "labels" TEXT NOT NULL,
  "requireApproval" BOOLEAN NOT NULL DEFAULT true,
  "enforceSqlReview" BOOLEAN NOT NULL DEFAULT true,
  "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false,
  "requiredApprovals" INTEGER NOT NULL DEFAULT 1,
  "reviewConfigId" TEXT NOT NULL DEFAULT '',
  "iamPolicy" TEXT NOT NULL,
  "etag" TEXT NOT NULL,
  "createTime" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updateTime" DATETIME NOT NULL
);

CREATE TABLE "Database" (
  "instanceId" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "projectId" TEXT NOT NULL DEFAULT 'default',
  "environmentId" TEXT,
  "labels" TEXT NOT NULL DEFAULT '{}',
  "state" TEXT NOT NULL DEFAULT 'ACTIVE',
  "drifted" BOOLEAN NOT NULL DEFAULT false,
  "charset" TEXT NOT NULL,
  "collation" TEXT NOT NULL,
  "tableCount" INTEGER NOT NULL,
  "metadata" TEXT NOT NULL,
  "syncTime" DATETIME NOT NULL,
  "etag" TEXT NOT NULL,
  PRIMARY KEY ("instanceId", "name"),
  CONSTRAINT "Database_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "Instance" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "Database_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "Database_projectId_idx" ON "Database"("projectId");

-- Every discovered database starts in the default project.
INSERT INTO "Project" ("id", "title", "labels", "iamPolicy", "etag", "updateTime") VALUES ('default', 'Default project', '{}', '{"bindings":[]}', 'initial', CURRENT_TIMESTAMP);

CREATE TABLE "ReviewConfig" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "title" TEXT NOT NULL,
  "rules" TEXT NOT NULL,
  "etag" TEXT NOT NULL,
  "createTime" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updateTime" DATETIME NOT NULL
);

CREATE TABLE "Change" (
  "projectId" TEXT NOT NULL,
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "sql" TEXT NOT NULL,
  "version" TEXT NOT NULL DEFAULT '',
  "checksum" TEXT NOT NULL,
  "targets" TEXT NOT NULL,
  "checks" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "approvalRequired" BOOLEAN NOT NULL,
  "approvals" TEXT NOT NULL,
  "creator" TEXT NOT NULL,
  "etag" TEXT NOT NULL,
  "createTime" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updateTime" DATETIME NOT NULL,
  PRIMARY KEY ("projectId", "id")
);

CREATE TABLE "Task" (
  "projectId" TEXT NOT NULL,
  "changeId" TEXT NOT NULL,
  "position" INTEGER NOT NULL,
  "instanceId" TEXT NOT NULL,
  "databaseName" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "appliedStatements" INTEGER NOT NULL DEFAULT 0,
  "failedStatement" INTEGER,
  "error" TEXT NOT NULL DEFAULT '',
  "log" TEXT NOT NULL,
  "startTime" DATETIME,
  "endTime" DATETIME,
  PRIMARY KEY ("projectId", "changeId", "position")
);

CREATE TABLE "Changelog" (
  "instanceId" TEXT NOT NULL,
  "databaseName" TEXT NOT NULL,
  "id" TEXT NOT NULL,
  "change" TEXT NOT NULL,
  "version" TEXT NOT NULL DEFAULT '',
  "statements" TEXT NOT NULL,
  "checksum" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "appliedStatements" INTEGER NOT NULL,
  "error" TEXT NOT NULL DEFAULT '',
  "actor" TEXT NOT NULL,
  "createTime" DATETIME NOT NULL,
  "durationMs" INTEGER NOT NULL,
  "schemaBefore" TEXT NOT NULL,
  "schemaAfter" TEXT NOT NULL,
  PRIMARY KEY ("instanceId", "databaseName", "id")
);
