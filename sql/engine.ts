// The database engines Tidemark reads SQL for. The engine of the target chooses the dialect.
export const ENGINES = ["MYSQL", "MARIADB", "TIDB"] as const;
export type Engine = (typeof ENGINES)[number];
