#!/usr/bin/env node
// Generates the two Prisma clients (SQLite and MySQL) from the one set of models in schema/prisma.
// The Prisma CLI wants to download its native schema engine for every command, and the binary
// host is unreachable from where Tidemark is built; `generate` never runs that engine, so any
// existing file satisfies the check. Tidemark applies its own migrations (server/store/migrate.ts).
"use strict";
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || __filename,
};
const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
for (const store of ["sqlite", "mysql"]) {
  execFileSync(process.execPath, [prisma, "generate", "--config", `prisma.${store}.config.ts`], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
