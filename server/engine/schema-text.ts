// Schema text as Tidemark records and compares it: create statements, with the options that
// move without any change to the schema taken out.

/**
 * Table options that change without any change to the schema: the next AUTO_INCREMENT value
 * (every insert moves it) and TiDB's next AUTO_RANDOM base. They stand only on the options line
 * after a table's closing parenthesis, so a column's `AUTO_INCREMENT` attribute and `AUTO_RANDOM`
 * definition are kept.
 */
const VOLATILE_OPTIONS = / AUTO_INCREMENT=\d+| \/\*T!\[auto_rand_base\] AUTO_RANDOM_BASE=\d+ \*\//g;

/**
 * Removes the volatile table options from DDL text, so schema text read at different times
 * compares equal unless the schema changed. Idempotent; everything else is left verbatim.
 */
export function normaliseSchema(ddl: string): string {
  return ddl.replace(/^\)[^\n]*/gm, (options) => options.replace(VOLATILE_OPTIONS, ""));
}

/**
 * One database's schema text from its objects' create statements: by name (code-unit order, as
 * introspection sorts), each ending `;\n`, a blank line between, normalised. Exported so a schema
 * recorded by a sync renders exactly as a fresh read of the database does.
 */
export function schemaText(objects: readonly { name: string; createStatement: string }[]): string {
  return [...objects]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((o) => `${normaliseSchema(o.createStatement)};\n`)
    .join("\n");
}
