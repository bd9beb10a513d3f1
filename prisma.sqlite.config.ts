import { defineConfig } from "prisma/config";

// The sqlite store's client; models are shared with the other store through a symlink.
export default defineConfig({ schema: "schema/prisma/sqlite" });
