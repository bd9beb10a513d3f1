// What the MySQL grammar lacks, per engine, in one place: TiDB's and MariaDB's own statements and
// clauses, and the few MySQL forms dt-sql-parser's grammar misses. Each entry is the statement's
// or clause's syntax from its reference page, in the notation of pattern.ts.
import type { Engine } from "../engine";
import { pattern, type Pattern } from "./pattern";

const ALL: readonly Engine[] = ["MYSQL", "MARIADB", "TIDB"];
const TIDB: readonly Engine[] = ["TIDB"];
const MARIADB: readonly Engine[] = ["MARIADB"];
const TIDB_MARIADB: readonly Engine[] = ["TIDB", "MARIADB"];

/** A statement no MySQL grammar has, read whole by its pattern. */
export interface StatementReader {
  /** What the statement is, as rules and the summary name it: `split-table`, `create-sequence`. */
  name: string;
  engines: readonly Engine[];
  pattern: Pattern;
  /**
   * The statement its `sql` reads runs whenever this one does (a WITH list's statement, TiDB's
   * BATCH DML): the review judges that statement as well. Not set where it only names one
   * (EXPLAIN without ANALYZE, a binding's statements).
   */
  runs?: boolean;
}

/**
 * A clause inside a MySQL statement. The reader finds it, records it, and either lifts it out
 * (blanks it, so the grammar reads the rest) or writes it in the MySQL form of the same meaning.
 */
export interface ClauseReader {
  name: string;
  engines: readonly Engine[];
  pattern: Pattern;
  /** Omitted: lifted out. Otherwise the MySQL text that stands for the clause. */
  rewrite?: (text: string) => string;
  /** Words (or symbols) one of which must come just before the clause. */
  after?: ReadonlySet<string>;
  /** Only in statements whose leading words match. */
  within?: RegExp;
  /** For clauses that end in an expression: the words that may follow it. */
  until?: ReadonlySet<string>;
}

/** The name of the procedure an anonymous block is read as. */
export const ANONYMOUS_BLOCK = "tidemark_anonymous_block";

const words = (...list: string[]): ReadonlySet<string> => new Set(list);

const statement = (
  name: string,
  engines: readonly Engine[],
  source: string,
  options: { runs?: true } = {},
): StatementReader => ({ name, engines, pattern: pattern(source), ...options });

const SEQUENCE_OPTION =
  "( INCREMENT [ BY | '=' ] int | MINVALUE [ '=' ] int | NO MINVALUE | NOMINVALUE | MAXVALUE [ '=' ] int | NO MAXVALUE " +
  "| NOMAXVALUE | START [ WITH | '=' ] int | CACHE [ '=' ] int | NOCACHE | NO CACHE | CYCLE | NOCYCLE | NO CYCLE " +
  "| RESTART [ [ WITH | '=' ] int ] | ENGINE [ '=' ] name | COMMENT [ '=' ] string )";
const PLACEMENT_OPTION = "( name [ '=' ] value )";
const RESOURCE_GROUP_OPTION = "( BURSTABLE [ '=' value ] | name [ '=' ] ( group | value ) )";
const PARTITIONS = "[ PARTITION ( group | names ) ]";
const BINDING_SCOPE = "[ GLOBAL | SESSION | INSTANCE ]";

export const STATEMENT_READERS: readonly StatementReader[] = [
  // TiDB: https://docs.pingcap.com/tidb/stable/sql-statement-admin and its sub-pages.
  statement(
    "admin",
    TIDB,
    "ADMIN ( SHOW DDL [ JOBS [ int ] [ WHERE expr ] | JOB QUERIES ( LIMIT int [ OFFSET int ] | ints ) ] " +
      "| ( CANCEL | PAUSE | RESUME ) DDL JOBS ints | ALTER DDL JOBS int assignments " +
      "| CHECK ( TABLE names | INDEX name name group* ) | CHECKSUM TABLE names " +
      "| ( RECOVER | CLEANUP ) INDEX name name | CLEANUP TABLE LOCK names " +
      "| SHOW SLOW ( RECENT int | TOP [ INTERNAL | ALL ] int ) | SHOW name NEXT_ROW_ID " +
      "| RELOAD ( EXPR_PUSHDOWN_BLACKLIST | OPT_RULE_BLACKLIST | BINDINGS | STATS_EXTENDED ) " +
      "| PLUGINS ( ENABLE | DISABLE ) names | FLUSH " +
      BINDING_SCOPE +
      " BINDINGS | ( CAPTURE | EVOLVE ) BINDINGS " +
      "| REPAIR TABLE name@table sql | SET BDR ROLE ( PRIMARY | SECONDARY ) | UNSET BDR ROLE | SHOW BDR ROLE )",
  ),
  statement(
    "split-table",
    TIDB,
    "SPLIT [ REGION FOR ] [ PARTITION ] TABLE name@table " +
      PARTITIONS +
      " [ INDEX name@index ] ( BETWEEN group AND group REGIONS int | BY group ( ',' group )* )",
  ),
  statement("show-regions", TIDB, "SHOW TABLE name " + PARTITIONS + " [ INDEX name ] REGIONS [ WHERE expr ]"),
  statement(
    "show",
    TIDB,
    "SHOW ( PLACEMENT [ LABELS | FOR ( DATABASE | TABLE ) name " +
      PARTITIONS +
      " ] | CREATE ( PLACEMENT POLICY | RESOURCE GROUP ) name " +
      "| " +
      BINDING_SCOPE +
      " BINDINGS | IMPORT ( JOBS | JOB int ) | CONFIG | STATS_META | STATS_HISTOGRAMS | STATS_BUCKETS | STATS_HEALTHY " +
      "| STATS_TOPN | STATS_LOCKED | ANALYZE STATUS | TABLE NEXT_ROW_ID | BACKUPS | RESTORES ) [ WHERE expr | LIKE string ]",
  ),
  statement("show-create-sequence", TIDB_MARIADB, "SHOW CREATE SEQUENCE name"),
  statement(
    "create-placement-policy",
    TIDB,
    "CREATE [ OR REPLACE ] PLACEMENT POLICY [ IF NOT EXISTS ] name@policy " + PLACEMENT_OPTION + "+",
  ),
  statement(
    "alter-placement-policy",
    TIDB,
    "ALTER PLACEMENT POLICY [ IF EXISTS ] name@policy " + PLACEMENT_OPTION + "+",
  ),
  statement("drop-placement-policy", TIDB, "DROP PLACEMENT POLICY [ IF EXISTS ] name@policy"),
  statement("alter-range", TIDB, "ALTER RANGE name PLACEMENT POLICY [ '=' ] name@policy"),
  statement(
    "alter-database-placement",
    TIDB,
    "ALTER ( DATABASE | SCHEMA ) [ name@database ] ( [ DEFAULT ] PLACEMENT POLICY [ '=' ] ( DEFAULT | name@policy ) " +
      "| SET TIFLASH REPLICA int@replicas [ LOCATION LABELS strings ] )",
  ),
  statement(
    "set-tiflash-replica",
    TIDB,
    "ALTER TABLE name@table SET TIFLASH REPLICA int@replicas [ LOCATION LABELS strings ]",
  ),
  statement(
    "alter-table-tidb",
    TIDB,
    "ALTER TABLE name@table ( COMPACT [ PARTITION names ] [ TIFLASH REPLICA ] | CACHE | NOCACHE " +
      "| PARTITION name@partition [ PLACEMENT POLICY [ '=' ] ( DEFAULT | name@policy ) ] " +
      "| ( FIRST | LAST ) PARTITION LESS THAN group )",
  ),
  statement("add-partitions", ALL, "ALTER TABLE name@table ( ADD | COALESCE ) PARTITION PARTITIONS int"),
  statement("batch", TIDB, "BATCH [ ON name ] LIMIT int [ DRY RUN [ QUERY ] ] sql", { runs: true }),
  statement("kill", TIDB, "KILL TIDB [ CONNECTION | QUERY ] int"),
  statement(
    "create-sequence",
    TIDB_MARIADB,
    "CREATE [ OR REPLACE ] [ TEMPORARY ] SEQUENCE [ IF NOT EXISTS ] name@sequence " + SEQUENCE_OPTION + "*",
  ),
  statement("alter-sequence", TIDB_MARIADB, "ALTER SEQUENCE [ IF EXISTS ] name@sequence " + SEQUENCE_OPTION + "+"),
  statement("drop-sequence", TIDB_MARIADB, "DROP [ TEMPORARY ] SEQUENCE [ IF EXISTS ] names@sequence"),
  statement(
    "flashback",
    TIDB,
    "FLASHBACK ( CLUSTER TO ( TIMESTAMP string | TSO int ) | ( DATABASE | SCHEMA ) name@database " +
      "[ TO ( TIMESTAMP string | TSO int | name ) ] | TABLE names@table [ TO ( TIMESTAMP string | TSO int | name ) ] )",
  ),
  statement("recover-table", TIDB, "RECOVER TABLE ( BY JOB int | name@table [ int ] )"),
  statement(
    "create-resource-group",
    TIDB,
    "CREATE RESOURCE GROUP [ IF NOT EXISTS ] name " + RESOURCE_GROUP_OPTION + "+",
  ),
  statement(
    "alter-resource-group",
    TIDB,
    "ALTER RESOURCE GROUP [ IF EXISTS ] name ( " + RESOURCE_GROUP_OPTION + " [ ',' ] )+",
  ),
  statement("drop-resource-group", TIDB, "DROP RESOURCE GROUP [ IF EXISTS ] name"),
  statement("alter-user-resource-group", TIDB, "ALTER USER [ IF EXISTS ] user RESOURCE GROUP name"),
  statement(
    "calibrate-resource",
    TIDB,
    "CALIBRATE RESOURCE [ WORKLOAD name | ( START_TIME | END_TIME | DURATION ) [ '=' ] expr ]",
  ),
  statement(
    "query-watch",
    TIDB,
    "QUERY WATCH ( ADD [ RESOURCE GROUP name ] [ ACTION [ '=' ] name ] ( SQL TEXT name TO string " +
      "| ( SQL | PLAN ) DIGEST string ) | REMOVE int )",
  ),
  statement(
    "create-binding",
    TIDB,
    "CREATE " + BINDING_SCOPE + " BINDING ( FOR sql USING sql | FROM HISTORY USING PLAN DIGEST strings )",
  ),
  statement("drop-binding", TIDB, "DROP " + BINDING_SCOPE + " BINDING FOR ( SQL DIGEST strings | sql [ USING sql ] )"),
  statement("set-binding", TIDB, "SET BINDING ( ENABLED | DISABLED ) FOR ( SQL DIGEST string | sql )"),
  statement(
    "import-into",
    TIDB,
    "IMPORT INTO name@table [ group ] [ SET assignments ] FROM ( string [ FORMAT string ] " +
      "[ WITH name [ '=' value ] ( ',' name [ '=' value ] )* ] | sql )",
  ),
  statement("cancel-import", TIDB, "CANCEL IMPORT JOB int"),
  statement(
    "backup",
    TIDB,
    "( BACKUP ( DATABASE | SCHEMA | TABLE ) ( '*' | names ) TO | RESTORE ( DATABASE | SCHEMA | TABLE ) ( '*' | names ) FROM ) " +
      "string ( name [ '=' ] value [ name '/' name ] )*",
  ),
  statement("explain", TIDB, "EXPLAIN [ ANALYZE ] FORMAT [ '=' ] ( string | name ) sql"),
  statement("explain-connection", ALL, "EXPLAIN [ FORMAT [ '=' ] ( string | name ) ] FOR CONNECTION int"),
  statement("trace", TIDB, "TRACE [ FORMAT [ '=' ] string ] sql", { runs: true }),
  statement("plan-replayer", TIDB, "PLAN REPLAYER ( DUMP [ EXPLAIN [ ANALYZE ] ] sql | LOAD string )"),
  statement("set-config", TIDB, "SET CONFIG ( name | string ) name '=' value"),
  statement(
    "analyze",
    TIDB,
    "ANALYZE TABLE names [ PARTITION names ] [ INDEX names | ALL COLUMNS | PREDICATE COLUMNS | COLUMNS names ] " +
      "[ WITH int name ( ',' int name )* ]",
  ),
  statement("stats", TIDB, "( DROP | LOCK | UNLOCK ) STATS names [ PARTITION names | GLOBAL ]"),
  statement("load-stats", TIDB, "LOAD STATS string"),
  statement("flush-stats", TIDB, "FLUSH STATS_DELTA [ CLUSTER ]"),
  statement(
    "begin",
    TIDB,
    "( BEGIN ( PESSIMISTIC | OPTIMISTIC ) | START TRANSACTION ( WITH CAUSAL CONSISTENCY ONLY " +
      "| READ ONLY AS OF TIMESTAMP expr ) | SET TRANSACTION READ ONLY AS OF TIMESTAMP expr )",
  ),
  statement(
    "insert-empty-row",
    ALL,
    "( INSERT | REPLACE ) [ IGNORE ] [ INTO ] name@table VALUES '(' ')' ( ',' '(' ')' )*",
  ),
  statement(
    "insert-set",
    ALL,
    "( INSERT [ LOW_PRIORITY | DELAYED | HIGH_PRIORITY ] [ IGNORE ] | REPLACE [ LOW_PRIORITY | DELAYED ] ) [ INTO ] name@table " +
      "SET assignments [ ON DUPLICATE KEY UPDATE assignments ]",
  ),
  // MySQL 8 takes a WITH list before UPDATE and DELETE too; the grammar only before SELECT.
  statement("with", ALL, "WITH [ RECURSIVE ] name [ group ] AS group ( ',' name [ group ] AS group )* sql", {
    runs: true,
  }),
  statement("lock-instance", ALL, "( LOCK INSTANCE FOR BACKUP | UNLOCK INSTANCE )"),
  // MariaDB: https://mariadb.com/kb/en/ (the statement's page).
  statement("delete-history", MARIADB, "DELETE HISTORY FROM name@table [ BEFORE SYSTEM_TIME [ TIMESTAMP ] expr ]"),
  statement(
    "convert-partition",
    MARIADB,
    "ALTER TABLE name@table CONVERT ( PARTITION name TO TABLE name | TABLE name TO PARTITION name VALUES ( LESS THAN group | IN group ) )",
  ),
  statement("values", MARIADB, "VALUES group ( ',' group )*"),
  statement("execute-immediate", MARIADB, "EXECUTE IMMEDIATE expr [ USING expr ]"),
  statement("set-statement", MARIADB, "SET STATEMENT assignments FOR sql", { runs: true }),
  statement("backup-stage", MARIADB, "BACKUP ( STAGE name | LOCK name | UNLOCK )"),
  statement(
    "analyze",
    MARIADB,
    "ANALYZE ( TABLE names PERSISTENT FOR ( ALL | COLUMNS group INDEXES group ) | [ FORMAT '=' name ] sql )",
    // ANALYZE runs the statement to report on it.
    { runs: true },
  ),
  statement("kill", MARIADB, "KILL [ HARD | SOFT ] [ CONNECTION | QUERY [ ID ] ] ( int | USER user )"),
  statement("install-soname", MARIADB, "( INSTALL | UNINSTALL ) SONAME string"),
  statement("show-explain", MARIADB, "SHOW ( EXPLAIN | ANALYZE ) [ FORMAT '=' name ] FOR int"),
  statement(
    "create-user",
    MARIADB,
    "CREATE [ OR REPLACE ] USER [ IF NOT EXISTS ] user IDENTIFIED ( VIA | WITH ) name [ ( USING | AS ) expr ] " +
      "( OR name [ ( USING | AS ) expr ] )*",
  ),
  statement("set-default-role", MARIADB, "SET DEFAULT ROLE ( NONE | name ) [ FOR user ]"),
];

/** Table options after which a clause's expression ends. */
const TABLE_OPTIONS = words(
  "TTL",
  "TTL_ENABLE",
  "TTL_JOB_INTERVAL",
  "ENGINE",
  "DEFAULT",
  "CHARSET",
  "CHARACTER",
  "COLLATE",
  "COMMENT",
  "PARTITION",
  "PLACEMENT",
  "AUTO_INCREMENT",
  "SHARD_ROW_ID_BITS",
  "PRE_SPLIT_REGIONS",
);
/** Words a table reference's clause in a query may stop before. */
const QUERY_FOLLOWERS = words(
  "WHERE",
  "JOIN",
  "INNER",
  "LEFT",
  "RIGHT",
  "CROSS",
  "NATURAL",
  "STRAIGHT_JOIN",
  "ON",
  "USING",
  "GROUP",
  "ORDER",
  "LIMIT",
  "AS",
  "SET",
  "UNION",
  "FOR",
  "HAVING",
  "WINDOW",
);
const IDENTIFIER_HOLDERS = words(
  "COLUMN",
  "INDEX",
  "KEY",
  "CONSTRAINT",
  "PARTITION",
  "VIEW",
  "ROLE",
  "USER",
  "TRIGGER",
);

const clause = (
  name: string,
  engines: readonly Engine[],
  source: string,
  options: Omit<ClauseReader, "name" | "engines" | "pattern"> = {},
): ClauseReader => ({ name, engines, pattern: pattern(source), ...options });

export const CLAUSE_READERS: readonly ClauseReader[] = [
  // TiDB: https://docs.pingcap.com/tidb/stable/sql-statement-create-table and the feature pages.
  clause("auto-random", TIDB, "AUTO_RANDOM [ '(' int [ ',' int ] ')' ]"),
  clause("clustered-index", TIDB, "( CLUSTERED | NONCLUSTERED )"),
  clause("shard-row-id-bits", TIDB, "SHARD_ROW_ID_BITS [ '=' ] int"),
  clause("pre-split-regions", TIDB, "PRE_SPLIT_REGIONS [ '=' ] int"),
  clause("auto-id-cache", TIDB, "AUTO_ID_CACHE [ '=' ] int"),
  clause("auto-random-base", TIDB, "[ FORCE ] AUTO_RANDOM_BASE [ '=' ] int"),
  clause("force-auto-increment", TIDB, "FORCE", { until: words("AUTO_INCREMENT") }),
  clause("placement-policy", TIDB, "[ DEFAULT ] PLACEMENT POLICY [ '=' ] ( DEFAULT | name )"),
  clause("ttl", TIDB, "TTL [ '=' ] expr", { until: TABLE_OPTIONS }),
  clause("ttl-enable", TIDB, "TTL_ENABLE [ '=' ] string"),
  clause("ttl-job-interval", TIDB, "TTL_JOB_INTERVAL [ '=' ] string"),
  clause("remove-ttl", TIDB, "REMOVE TTL"),
  clause("affinity", TIDB, "AFFINITY [ '=' ] string"),
  clause("global-temporary", TIDB, "GLOBAL", { until: words("TEMPORARY"), within: /^CREATE GLOBAL/ }),
  clause("user-resource-group", TIDB, "RESOURCE GROUP name", { within: /^(CREATE|ALTER) USER/ }),
  clause("on-commit", TIDB, "ON COMMIT ( DELETE | PRESERVE ) ROWS"),
  clause("global-index", TIDB, "GLOBAL", { after: words(")") }),
  clause("update-indexes", TIDB, "UPDATE INDEXES group", { within: /^ALTER TABLE/ }),
  clause("vector-index", TIDB, "VECTOR ( INDEX | KEY )", { rewrite: (t) => t.replace(/^VECTOR/i, "      ") }),
  clause("using-hnsw", TIDB, "USING HNSW"),
  // VECTOR(n) read as a type of the grammar with the same shape; the catalog reads the written type.
  clause("vector-type", TIDB, "VECTOR", { rewrite: () => "BINARY", after: words("name") }),
  clause("tablesample", TIDB, "TABLESAMPLE REGIONS '(' ')'"),
  clause("stale-read", TIDB, "AS OF TIMESTAMP expr", { until: QUERY_FOLLOWERS }),
  clause("tidb-set-off", TIDB, "( ON | OFF )", { after: words("="), within: /^SET /, rewrite: (t) => `'${t}'` }),
  clause("default-partition", TIDB, "DEFAULT", {
    after: words("name"),
    within: /PARTITION BY LIST/,
    until: words(),
    rewrite: () => "VALUES IN (NULL)",
  }),
  clause(
    "interval-partitioning",
    TIDB,
    "INTERVAL group [ FIRST PARTITION LESS THAN group ] [ LAST PARTITION LESS THAN group ] [ NULL PARTITION ] [ MAXVALUE PARTITION ]",
    { after: words(")") },
  ),
  // TiDB and MariaDB both.
  clause("sequence-value", TIDB_MARIADB, "( NEXT | PREVIOUS ) VALUE FOR name", { rewrite: () => "0" }),
  clause("if-exists", TIDB_MARIADB, "IF [ NOT ] EXISTS", { after: IDENTIFIER_HOLDERS }),
  clause("if-exists-alter", TIDB_MARIADB, "IF [ NOT ] EXISTS", { after: words("TABLE"), within: /^(ALTER|RENAME)/ }),
  // MySQL forms the grammar lacks, on every engine.
  clause("srid", ALL, "SRID int"),
  clause("secondary-engine", ALL, "SECONDARY_ENGINE [ '=' ] name"),
  clause("partition-by", ALL, "PARTITION BY rest", { within: /^ALTER TABLE/, after: words("name") }),
  clause(
    "index-hint-list",
    ALL,
    "( USE | IGNORE | FORCE ) ( INDEX | KEY ) [ FOR ( ORDER BY | GROUP BY | JOIN ) ] group",
    {
      after: words(")"),
    },
  ),
  clause("index-hint-for", ALL, "FOR ( ORDER BY | GROUP BY | JOIN )", { after: words("INDEX", "KEY") }),
  clause("nowait", ALL, "( NOWAIT | SKIP LOCKED )"),
  // The grammar takes no RETURN as a handler's statement; a block holding it reads the same.
  clause("handler-return", ALL, "RETURN expr", {
    after: words("FOUND", "SQLEXCEPTION", "SQLWARNING", "literal"),
    until: words(),
    rewrite: (t) => `BEGIN ${t}; END`,
  }),
  // MariaDB: https://mariadb.com/kb/en/ (the statement's page).
  // A compound statement outside a stored program runs at once: read as a procedure's body.
  clause("anonymous-block", MARIADB, "BEGIN NOT ATOMIC", {
    within: /^BEGIN NOT ATOMIC/,
    rewrite: () => `CREATE PROCEDURE ${ANONYMOUS_BLOCK}() BEGIN`,
  }),
  clause("anonymous-block", MARIADB, "( IF | CASE | LOOP | WHILE | REPEAT ) rest", {
    within: /^(IF|CASE|LOOP|WHILE|REPEAT) /,
    rewrite: (t) => `CREATE PROCEDURE ${ANONYMOUS_BLOCK}() BEGIN ${t}; END`,
  }),
  clause("for-loop", MARIADB, "FOR name IN expr DO", { rewrite: () => "WHILE 1 DO" }),
  clause("for-loop", MARIADB, "END FOR", { rewrite: () => "END WHILE" }),
  clause("or-replace", MARIADB, "OR REPLACE", { after: words("CREATE") }),
  clause("wait", MARIADB, "WAIT int"),
  clause("alter-online", MARIADB, "( ONLINE | IGNORE )", { after: words("ALTER") }),
  clause("algorithm-nocopy", MARIADB, "NOCOPY", { after: words("="), rewrite: () => "INPLACE" }),
  clause("ignored-index", MARIADB, "NOT IGNORED", { rewrite: () => "VISIBLE" }),
  clause("ignored-index", MARIADB, "IGNORED", { rewrite: () => "INVISIBLE" }),
  clause("compressed-column", MARIADB, "COMPRESSED [ '=' name ]"),
  clause("persistent-column", MARIADB, "PERSISTENT", { after: words(")"), rewrite: () => "STORED" }),
  clause("system-versioning", MARIADB, "( WITH | WITHOUT ) SYSTEM VERSIONING"),
  clause("system-versioning-alter", MARIADB, "( ADD | DROP ) SYSTEM VERSIONING", { within: /^ALTER TABLE/ }),
  clause("row-start", MARIADB, "GENERATED ALWAYS AS ROW ( START | END ) [ INVISIBLE ]"),
  clause("period-for", MARIADB, "',' PERIOD FOR name group"),
  clause("without-overlaps", MARIADB, "WITHOUT OVERLAPS"),
  clause("partition-system-time", MARIADB, "PARTITION BY SYSTEM_TIME rest"),
  clause(
    "for-system-time",
    MARIADB,
    "FOR SYSTEM_TIME ( AS OF [ TIMESTAMP ] expr | ( BETWEEN | FROM ) [ TIMESTAMP ] expr ( AND | TO ) [ TIMESTAMP ] expr | ALL )",
    { until: QUERY_FOLLOWERS },
  ),
  clause("for-portion-of", MARIADB, "FOR PORTION OF name FROM expr TO expr", { until: QUERY_FOLLOWERS }),
  clause("returning", MARIADB, "RETURNING rest"),
  clause("offset-fetch", MARIADB, "( OFFSET int ROWS | FETCH ( FIRST | NEXT ) int ROWS ( ONLY | WITH TIES ) )"),
  clause("mariadb-types", MARIADB, "( INET6 | INET4 | UUID )", {
    after: words("name"),
    rewrite: (t) => ({ 4: "DATE", 5: "FLOAT" })[t.length] ?? "TEXT",
  }),
  clause(
    "mariadb-table-options",
    MARIADB,
    "( TABLE_TYPE | FILE_NAME | HEADER | ENCRYPTED | ENCRYPTION_KEY_ID | PAGE_COMPRESSED | PAGE_COMPRESSION_LEVEL | SEP_CHAR | QUOTED ) [ '=' ] value",
  ),
  clause("engine-name", MARIADB, "CONNECT", {
    after: words("="),
    within: /ENGINE = CONNECT/,
    rewrite: (t) => `\`${t}\``,
  }),
  clause("database-comment", MARIADB, "COMMENT [ '=' ] string", {
    within: /^(CREATE|ALTER) (OR REPLACE )?(DATABASE|SCHEMA)/,
  }),
  clause("function-default", MARIADB, "DEFAULT name group", {
    rewrite: (t) => t.replace(/^DEFAULT\s+/i, (d) => `${d}(`) + ")",
  }),
  clause("aggregate-function", MARIADB, "AGGREGATE", { after: words("CREATE") }),
  clause("fetch-group", MARIADB, "FETCH GROUP NEXT ROW", { rewrite: () => "DO 0" }),
  clause("role-admin", MARIADB, "WITH ADMIN ( CURRENT_USER | CURRENT_ROLE | user )", { within: /^CREATE ROLE/ }),
  clause("master-use-gtid", MARIADB, "',' MASTER_USE_GTID '=' name"),
];
