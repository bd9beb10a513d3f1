// Placeholder until the MariaDB harness lands; see test/support/README in the harness commit.
export default async function globalSetup(): Promise<void> {}
