CREATE TABLE `ServiceAccount` (
  `id` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `role` VARCHAR(64) NOT NULL,
  `keyHash` VARCHAR(191) NOT NULL,
  `etag` VARCHAR(64) NOT NULL,
  `createTime` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updateTime` DATETIME(3) NOT NULL,
  UNIQUE INDEX `ServiceAccount_email_key`(`email`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Environment` (
  `id` VARCHAR(191) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `order` INTEGER NOT NULL DEFAULT 0,
  `protected` BOOLEAN NOT NULL DEFAULT false,
  `reviewConfigId` VARCHAR(191) NOT NULL DEFAULT '',
  `labels` TEXT NOT NULL,
  `etag` VARCHAR(64) NOT NULL,
  `createTime` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updateTime` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Instance` (
  `id` VARCHAR(191) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `engine` VARCHAR(32) NOT NULL,
  `environmentId` VARCHAR(191) NOT NULL,
  `labels` TEXT NOT NULL,
  `dataSources` MEDIUMTEXT NOT NULL,
  `engineVersion` VARCHAR(255) NOT NULL DEFAULT '',
  `lastSyncTime` DATETIME(3) NULL,
  `syncError` VARCHAR(2048) NOT NULL DEFAULT '',
  `syncInterval` INTEGER NOT NULL DEFAULT 0,
  `nextSyncTime` DATETIME(3) NULL,
  `state` VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
  `deleteTime` DATETIME(3) NULL,
  `etag` VARCHAR(64) NOT NULL,
  `createTime` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updateTime` DATETIME(3) NOT NULL,
  INDEX `Instance_environmentId_idx`(`environmentId`),
  PRIMARY KEY (`id`),
  CONSTRAINT `Instance_environmentId_fkey` FOREIGN KEY (`environmentId`) REFERENCES `Environment`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `AuditLog` (
  `id` VARCHAR(191) NOT NULL,
  `time` DATETIME(3) NOT NULL,
  `actor` VARCHAR(191) NOT NULL,
  `action` VARCHAR(191) NOT NULL,
  `resource` VARCHAR(1024) NOT NULL,
  `status` INTEGER NOT NULL,
  `result` VARCHAR(64) NOT NULL,
  `requestId` VARCHAR(191) NOT NULL,
  INDEX `AuditLog_time_idx`(`time`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Lease` (
  `name` VARCHAR(191) NOT NULL,
  `owner` VARCHAR(191) NOT NULL,
  `expireTime` DATETIME(3) NOT NULL,
  PRIMARY KEY (`name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Project` (
  `id` VARCHAR(191) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `labels` TEXT NOT NULL,
  `requireApproval` BOOLEAN NOT NULL DEFAULT true,
  `enforceSqlReview` BOOLEAN NOT NULL DEFAULT true,
  `allowSelfApproval` BOOLEAN NOT NULL DEFAULT false,
  `requiredApprovals` INTEGER NOT NULL DEFAULT 1,
  `reviewConfigId` VARCHAR(191) NOT NULL DEFAULT '',
  `iamPolicy` MEDIUMTEXT NOT NULL,
  `etag` VARCHAR(64) NOT NULL,
  `createTime` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updateTime` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Database` (
  `instanceId` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `projectId` VARCHAR(191) NOT NULL DEFAULT 'default',
  `environmentId` VARCHAR(191) NULL,
  `labels` TEXT NOT NULL,
  `state` VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
  `drifted` BOOLEAN NOT NULL DEFAULT false,
  `charset` VARCHAR(64) NOT NULL,
  `collation` VARCHAR(64) NOT NULL,
  `tableCount` INTEGER NOT NULL,
  `metadata` LONGTEXT NOT NULL,
  `syncTime` DATETIME(3) NOT NULL,
  `etag` VARCHAR(64) NOT NULL,
  INDEX `Database_projectId_idx`(`projectId`),
  PRIMARY KEY (`instanceId`, `name`),
  CONSTRAINT `Database_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance`(`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Database_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Every discovered database starts in the default project.
INSERT INTO `Project` (`id`, `title`, `labels`, `iamPolicy`, `etag`, `updateTime`) VALUES ('default', 'Default project', '{}', '{"bindings":[]}', 'initial', CURRENT_TIMESTAMP(3));

CREATE TABLE `ReviewConfig` (
  `id` VARCHAR(191) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `rules` MEDIUMTEXT NOT NULL,
  `etag` VARCHAR(64) NOT NULL,
  `createTime` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updateTime` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Change` (
  `projectId` VARCHAR(191) NOT NULL,
  `id` VARCHAR(191) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `sql` LONGTEXT NOT NULL,
  `version` VARCHAR(191) NOT NULL DEFAULT '',
  `checksum` VARCHAR(128) NOT NULL,
  `targets` MEDIUMTEXT NOT NULL,
  `checks` LONGTEXT NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `approvalRequired` BOOLEAN NOT NULL,
  `approvals` TEXT NOT NULL,
  `creator` VARCHAR(191) NOT NULL,
  `etag` VARCHAR(64) NOT NULL,
  `createTime` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updateTime` DATETIME(3) NOT NULL,
  PRIMARY KEY (`projectId`, `id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Task` (
  `projectId` VARCHAR(191) NOT NULL,
  `changeId` VARCHAR(191) NOT NULL,
  `position` INTEGER NOT NULL,
  `instanceId` VARCHAR(191) NOT NULL,
  `databaseName` VARCHAR(191) NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `appliedStatements` INTEGER NOT NULL DEFAULT 0,
  `failedStatement` INTEGER NULL,
  `error` TEXT NOT NULL,
  `log` MEDIUMTEXT NOT NULL,
  `startTime` DATETIME(3) NULL,
  `endTime` DATETIME(3) NULL,
  PRIMARY KEY (`projectId`, `changeId`, `position`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `Changelog` (
  `instanceId` VARCHAR(191) NOT NULL,
  `databaseName` VARCHAR(191) NOT NULL,
  `id` VARCHAR(191) NOT NULL,
  `change` VARCHAR(512) NOT NULL,
  `version` VARCHAR(191) NOT NULL DEFAULT '',
  `statements` LONGTEXT NOT NULL,
  `checksum` VARCHAR(128) NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `appliedStatements` INTEGER NOT NULL,
  `error` TEXT NOT NULL,
  `actor` VARCHAR(191) NOT NULL,
  `createTime` DATETIME(3) NOT NULL,
  `durationMs` INTEGER NOT NULL,
  `schemaBefore` LONGTEXT NOT NULL,
  `schemaAfter` LONGTEXT NOT NULL,
  PRIMARY KEY (`instanceId`, `databaseName`, `id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
