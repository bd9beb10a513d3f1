// Which databases a statement reaches, read from its tokens: every name it touches with the
// database that name lives in, and what no name can say (dynamic SQL, the whole instance, files,
// other servers). This is the floor under the target-boundary rule and the executor's last
// check, so it reads what the parser cannot: it knows where MySQL, MariaDB and TiDB put a table,
// a routine or a database, and a dotted name it cannot place is read as database.object — a
// refusal with a way out rather than a reach that goes unseen.
//
// API: `reachOf(text)` resolves one statement; `checkTargetBoundary(statement, boundary)` turns
// a reach into advice for one target; `boundaryRefusal(text, boundary)` is the one-line answer
// an executor needs before it runs a statement.
import { stringValue, unquote, words, type Word } from "./tokens";
import type { Engine, Finding, Statement, TargetBoundary } from "./types";

export type { TargetBoundary } from "./types";

export type NameKind =
  /** A table, view, sequence, trigger or event, in a position that takes one. */
  | "table"
  /** A procedure or function, called or defined. */
  | "routine"
  /** A database itself: CREATE/ALTER/DROP DATABASE, SHOW … FROM, FLASHBACK DATABASE. */
  | "database"
  /** USE: the database every later unqualified name resolves in. */
  | "use"
  /** A column (or `*`) qualified by a table or alias of the same statement: `object` is that qualifier. */
  | "column"
  /** A two-part name in an expression whose qualifier is no table or alias of the statement: read as database.object. */
  | "qualified";

export interface NameTouched {
  /** The database named, unquoted as the server reads it; null when the name is unqualified (the session's database). */
  database: string | null;
  /** The table, routine or other object; for a column, the table or alias it is qualified by; "" for a database. */
  object: string;
  kind: NameKind;
  /** The name as the statement writes it, quotes removed: `b.t`. */
  written: string;
  /** 0-based line in the statement's text. */
  line: number;
}

export type BeyondKind = "dynamic-sql" | "instance" | "file" | "remote";

/** Something a statement does that no database name describes. */
export interface Beyond {
  kind: BeyondKind;
  /** What the statement does, in its own words: `PREPARE … FROM @sql`, `SET GLOBAL`. */
  what: string;
  line: number;
}

export interface Reach {
  names: NameTouched[];
  beyond: Beyond[];
  /** 0-based line of the statement's first word in its text (the text may open with comments). */
  firstLine: number;
}

/** The names of a statement, in the order they appear. */
export function namesTouched(text: string): NameTouched[] {
  return reachOf(text).names;
}

/** Everything one statement reaches, from its text as the server executes it. */
export function reachOf(text: string): Reach {
  // The lexer skips comments and reads executable comments' content as code, as the server does.
  return new StatementReader(words(text)).read();
}

const reaches = new WeakMap<Statement, Reach>();

/**
 * The target-boundary findings of one statement: one per database it reaches besides the target
 * (and besides the databases the boundary allows), and one per thing it does beyond any database.
 * Lines are absolute, as the statement's own `line` counts them.
 */
export function checkTargetBoundary(statement: Statement, boundary: TargetBoundary): Finding[] {
  let reach = reaches.get(statement);
  if (!reach) {
    reach = reachOf(statement.text);
    reaches.set(statement, reach);
  }
  const first = reach.firstLine;
  const line = (l: number): number => statement.line + l - first;
  const findings: Finding[] = [];
  const byDatabase = new Map<string, { problem: Problem; names: NameTouched[] }>();
  for (const name of reach.names) {
    const problem = problemOf(name, boundary);
    if (!problem) continue;
    const key = `${problem.kind}\u0000${name.database ?? name.object}`;
    const seen = byDatabase.get(key);
    if (seen) seen.names.push(name);
    else byDatabase.set(key, { problem, names: [name] });
  }
  for (const { problem, names } of byDatabase.values()) {
    findings.push({ ...describe(problem, names, boundary), line: line(names[0]?.line ?? 0) });
  }
  for (const beyond of reach.beyond) findings.push({ ...describeBeyond(beyond, boundary), line: line(beyond.line) });
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Why the executor must not run `text` on the boundary's target, or undefined when it may: the
 * same reading as the review rule, for a last check right before the statement is sent.
 */
export function boundaryRefusal(text: string, boundary: TargetBoundary): string | undefined {
  const finding = checkTargetBoundary({ text, line: 1, index: 0 }, boundary)[0];
  return finding ? `${finding.title}: ${finding.content}` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Judging names against a target.

/** Schemas that hold the instance's accounts, settings and server state, whatever the engine. */
const SYSTEM_SCHEMAS = new Set(["mysql", "performance_schema", "sys"]);
const ENGINE_SYSTEM_SCHEMAS: Record<Engine, readonly string[]> = {
  MYSQL: [],
  MARIADB: [],
  TIDB: ["metrics_schema"],
};
/** Read-only views of metadata: migrations consult it, and nothing can be written there. */
const INFORMATION_SCHEMA = "information_schema";

type Problem =
  | { kind: "system"; database: string }
  | { kind: "case"; database: string }
  | { kind: "use"; database: string; allowed: boolean }
  | { kind: "other"; database: string }
  | { kind: "alias"; alias: string };

function problemOf(name: NameTouched, boundary: TargetBoundary): Problem | undefined {
  if (name.kind === "column") {
    // The qualifier is a table or alias of the statement; refused only where it could also be read as a database.
    const lower = name.object.toLowerCase();
    if (lower === boundary.database.toLowerCase() || lower === INFORMATION_SCHEMA) return undefined;
    const other = [...boundary.owners.keys()].find((d) => d.toLowerCase() === lower && !boundary.allowed.has(d));
    return other === undefined ? undefined : { kind: "alias", alias: name.object };
  }
  const database = name.database;
  if (database === null) return undefined;
  const lower = database.toLowerCase();
  if (SYSTEM_SCHEMAS.has(lower) || ENGINE_SYSTEM_SCHEMAS[boundary.engine].includes(lower)) {
    return { kind: "system", database };
  }
  if (database === boundary.database) return undefined;
  if (name.kind === "use") return { kind: "use", database, allowed: boundary.allowed.has(database) };
  if (lower === INFORMATION_SCHEMA && name.kind !== "database") return undefined;
  if (boundary.allowed.has(database)) return undefined;
  if (lower === boundary.database.toLowerCase()) return { kind: "case", database };
  return { kind: "other", database };
}

function ownerOf(database: string, boundary: TargetBoundary): string {
  const owner = boundary.owners.get(database);
  if (owner === boundary.project) return `it belongs to ${owner} too, but each target runs the change on its own`;
  if (owner) return `it belongs to ${owner}`;
  const alike = [...boundary.owners.keys()].find((d) => d.toLowerCase() === database.toLowerCase());
  if (alike)
    return `the instance has a database ${alike} (${boundary.owners.get(alike)}), which a case-insensitive server reads as this one`;
  return `the last sync of ${boundary.instance} did not find it, so it may be new, or not exist`;
}

const quoted = (names: NameTouched[]): string =>
  [...new Set(names.map((n) => n.written))]
    .slice(0, 3)
    .map((w) => `\`${w}\``)
    .join(", ");

function describe(problem: Problem, names: NameTouched[], boundary: TargetBoundary): Finding {
  const target = boundary.database;
  const written = quoted(names);
  const title = "Statement reaches past its target database";
  switch (problem.kind) {
    case "system":
      return {
        title,
        content:
          `${written} names the system schema ${problem.database}, which holds the instance's accounts, settings or ` +
          "server state, not this change's data. A change may not touch mysql, performance_schema or sys (reads " +
          "included: mysql.user holds password hashes). Ask a workspace DBA to do it outside Tidemark.",
      };
    case "case":
      return {
        title,
        content:
          `${written} names database ${problem.database}, which differs from the target ${target} only by case. ` +
          "MariaDB and MySQL on Linux tell such names apart, so it may be another database; Tidemark refuses it " +
          `either way. Write ${target} exactly as the instance spells it, or leave the name unqualified.`,
      };
    case "use":
      return {
        title,
        content: problem.allowed
          ? `USE ${problem.database} would move the session out of the target ${target}, so every later unqualified ` +
            `name would resolve in ${problem.database}. The project may name ${problem.database}, but not switch to ` +
            `it: remove the USE and qualify those names (${problem.database}.t) instead.`
          : `USE ${problem.database} would move the session out of the target ${target}, and every later unqualified ` +
            `name would resolve in ${problem.database} (${ownerOf(problem.database, boundary)}). Remove it: the ` +
            `change already runs in ${target}.`,
      };
    case "alias":
      return {
        title,
        content:
          `${written} qualifies a column by ${problem.alias}, a table or alias of this statement that is also the ` +
          `name of database ${problem.alias} on ${boundary.instance} (${ownerOf(problem.alias, boundary).replace(/^it /, "")}). ` +
          "Tidemark does not tell the two apart by position alone, so it refuses the name: give the table another " +
          `alias (… AS ${problem.alias}_1 … ${problem.alias}_1.col) or qualify the column with the target ` +
          `(${target}.${problem.alias}.col).`,
      };
    case "other": {
      const database = problem.database;
      const owner = ownerOf(database, boundary);
      const advice = names.some((n) => n.kind === "database")
        ? "Databases are created, altered and dropped outside a change: ask a workspace DBA."
        : `Write the name unqualified or qualified with ${target}; if the statement is meant for ${database}, make ` +
          `${database} the target of a change of its own project.`;
      const qualified = names.some((n) => n.kind === "qualified")
        ? ` In an expression, ${database} is neither the target nor a table or alias of this statement, so it is ` +
          "read as a database; qualify columns by a table or alias the statement names."
        : "";
      const star = database === "*" ? " `*` names every database of the instance." : "";
      return {
        title,
        content:
          `${written} names database ${database}, not this change's target ${target}; ${owner}. A change runs ` +
          `only inside its target database.${star}${qualified} ${advice} A workspace admin can let a project ` +
          `name ${boundary.instance}/databases/${database} through the project's crossDatabaseAccess.`,
      };
    }
  }
}

function describeBeyond(beyond: Beyond, boundary: TargetBoundary): Finding {
  const target = boundary.database;
  switch (beyond.kind) {
    case "dynamic-sql":
      return {
        title: "Statement runs SQL that cannot be checked",
        content:
          `${beyond.what} runs SQL text that is known only when the statement runs, so Tidemark cannot check which ` +
          "databases it names. Write the statement itself, or PREPARE it FROM a single string literal.",
      };
    case "instance":
      return {
        title: "Statement acts on the whole instance",
        content:
          `${beyond.what} acts on the whole instance (its accounts, privileges, settings, replication, plugins or ` +
          `server), not inside the target database ${target}. Ask a workspace DBA to do it outside Tidemark.`,
      };
    case "file":
      return {
        title: "Statement reads or writes server files",
        content:
          `${beyond.what} reads or writes files on the database server, outside the target database ${target}. ` +
          "Load data with INSERT statements, or ask a workspace DBA to do it outside Tidemark.",
      };
    case "remote":
      return {
        title: "Statement reaches another server",
        content:
          `${beyond.what} makes a table a window onto another server or database, which Tidemark cannot check. ` +
          "Create an ordinary table, or ask a workspace DBA to do it outside Tidemark.",
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a statement.

/**
 * Where the reader is: a clause of names that are objects (DDL headers: qualified means
 * database.object), a list of table references (the same, and the names and aliases it
 * introduces are collected), or an expression (where `x.y` is a column of table or alias `x`).
 */
type Clause = "object" | "tables" | "expr";

interface Frame {
  clause: Clause;
  /** In a table list: a reference was just read, so a bare word after it is its alias. */
  afterReference: boolean;
  /** What a name read in a table list is. */
  expect: "table" | "routine";
  /** Opened by a function call or keyword: FROM and USING inside are arguments (`EXTRACT(YEAR FROM d)`) unless it holds a query. */
  call: boolean;
  /** A SELECT was read in this frame: FROM starts a table list again. */
  query: boolean;
  /** CASE expressions open in this frame: their THEN and ELSE are expressions, not the start of statements. */
  caseExpressions: number;
  /** In a SET assignment list: a GLOBAL or @@global after SET or a comma sets the whole instance. */
  setList: boolean;
}

/** Words that are never a table name or alias where a table list reads them. */
const KEYWORDS = wordSet(
  "ACCESSIBLE ADD AFTER ALGORITHM ALL ALTER AND ANY AS ASC AT AUTO_INCREMENT BEFORE BEGIN BETWEEN BY CALL " +
    "CASCADE CASE CHANGE CHARACTER CHARSET CHECK COLLATE COLUMN COLUMNS COMMENT CONSTRAINT CONVERT CREATE CROSS " +
    "CURRENT DATA DEFAULT DEFINER DELAYED DELETE DESC DISTINCT DO DROP DUPLICATE EACH ELSE ELSEIF END ENGINE " +
    "ESCAPE EXCEPT EXISTS FETCH FIRST FOLLOWS FOR FORCE FOREIGN FROM FULL FULLTEXT FUNCTION GROUP HAVING " +
    "HIGH_PRIORITY IF IGNORE IN INDEX INNER INSERT INTERSECT INTO IS JOIN KEY KEYS LATERAL LEFT LIKE LIMIT LOCAL " +
    "LOCK LOW_PRIORITY MINUS MODIFY NATURAL NOT NOWAIT NULL OF OFFSET ON OR ORDER OUTER PARTITION PRECEDES " +
    "PRIMARY PROCEDURE QUICK READ REFERENCES RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROW_FORMAT SAVEPOINT SELECT SET " +
    "SHARE SKIP STRAIGHT_JOIN SYSTEM_TIME TABLE TABLES TABLESAMPLE TEMPORARY THEN TO TRIGGER UNION UNIQUE UPDATE " +
    "USE USING VALUE VALUES VIEW WHEN WHERE WINDOW WITH WRITE",
);
/** Words inside a table list that neither end it nor name anything: `INSERT IGNORE INTO`, `LOCK TABLES t READ, u WRITE`. */
const LIST_MODIFIERS = wordSet(
  "IF NOT EXISTS TEMPORARY LOW_PRIORITY HIGH_PRIORITY DELAYED QUICK IGNORE LATERAL ONLY READ WRITE LOCAL",
);
/** After these a list of table references follows. */
const TABLE_KEYWORDS = wordSet(
  "FROM JOIN STRAIGHT_JOIN INTO TABLE TABLES VIEW REFERENCES TRUNCATE SEQUENCE TRIGGER EVENT FOLLOWS PRECEDES HANDLER",
);
const ROUTINE_KEYWORDS = new Set(["CALL", "PROCEDURE", "FUNCTION"]);
/** After these an expression follows. */
const EXPRESSION_KEYWORDS = wordSet(
  "WHERE HAVING SET BY VALUES VALUE WHEN ELSEIF WHILE UNTIL RETURN DEFAULT RETURNING LIMIT OFFSET",
);
/** MariaDB's sequence functions take a table name as their argument. */
const SEQUENCE_FUNCTIONS = new Set(["NEXTVAL", "LASTVAL", "SETVAL"]);
/** Storage engines whose tables live on another server or in another database. */
const REMOTE_ENGINES = new Set(["FEDERATED", "FEDERATEDX", "CONNECT", "SPIDER"]);
/** CREATE, ALTER and DROP of these act on the instance. */
const INSTANCE_OBJECTS = wordSet("USER ROLE SERVER TABLESPACE LOGFILE RESOURCE PLACEMENT INSTANCE UNDO BINDING");
/** The object a CREATE, ALTER or DROP is about: the first of these after the verb. */
const OBJECT_KINDS = wordSet(
  "TABLE VIEW INDEX KEY DATABASE SCHEMA PROCEDURE FUNCTION TRIGGER EVENT SEQUENCE PACKAGE",
  INSTANCE_OBJECTS,
);
/** Statements, by their first word, that act on the instance rather than inside a database. */
const INSTANCE_VERBS = wordSet(
  "KILL SHUTDOWN RESTART FLUSH RESET PURGE BINLOG INSTALL UNINSTALL GRANT REVOKE BACKUP RESTORE ADMIN CALIBRATE CACHE",
);
/** What may follow DATABASE in an ALTER DATABASE that names none (the session's database). */
const DATABASE_OPTIONS = wordSet("CHARACTER CHARSET DEFAULT COLLATE ENCRYPTION READ COMMENT SET UPGRADE PLACEMENT");
/** Routine characteristics between a procedure's parameters and its body. */
const CHARACTERISTICS = wordSet(
  "COMMENT LANGUAGE SQL NOT DETERMINISTIC CONTAINS NO READS MODIFIES DATA SECURITY DEFINER INVOKER",
);

function wordSet(list: string, ...more: ReadonlySet<string>[]): ReadonlySet<string> {
  return new Set([...list.split(" "), ...more.flatMap((m) => [...m])]);
}

const isDigits = (w: Word | undefined): boolean => w?.kind === "word" && /^\d+$/.test(w.text);

class StatementReader {
  private readonly names: NameTouched[] = [];
  private readonly beyond: Beyond[] = [];
  /** Tables and aliases each statement of a body introduces, lower-cased. */
  private readonly aliases = new Map<number, Set<string>>();
  /** Names valid in every statement of a stored program: NEW, OLD, declared variables. */
  private readonly programNames = new Set<string>();
  /** Two-part names read in expressions, decided once every alias of their statement is known. */
  private readonly pending: { qualifier: string; object: string; line: number; segment: number; at: number }[] = [];
  /** The word index each name was read at, so names come out in the order they are written. */
  private readonly positions = new Map<NameTouched, number>();
  private frames: Frame[] = [];
  private segment = -1;
  /** Where the current statement of a body starts. */
  private segmentStart = 0;
  /** The current statement's verb and object: `CREATE TABLE`, `SHOW`, `SET`. */
  private head = "";
  /** In a SHOW: how many FROM/IN it has read, and whether its first names a table. */
  private show: { froms: number; tableFirst: boolean } | undefined;
  /** Where a procedure's or function's body starts, once its header was read. */
  private bodyAt = -1;
  private i = 0;

  constructor(private readonly ws: readonly Word[]) {}

  read(): Reach {
    this.startSegment(0);
    const ws = this.ws;
    while (this.i < ws.length) {
      if (this.i === this.bodyAt) this.startSegment(this.i);
      if (this.i === this.segmentStart) this.readHead();
      const w = ws[this.i];
      const next = this.step(w);
      this.i = next ?? this.i + 1;
    }
    for (const p of this.pending) {
      const known =
        this.aliases.get(p.segment)?.has(p.qualifier.toLowerCase()) || this.programNames.has(p.qualifier.toLowerCase());
      this.record(
        p.at,
        known
          ? { database: null, object: p.qualifier, kind: "column", written: `${p.qualifier}.${p.object}`, line: p.line }
          : {
              database: p.qualifier,
              object: p.object,
              kind: "qualified",
              written: `${p.qualifier}.${p.object}`,
              line: p.line,
            },
      );
    }
    this.names.sort((a, b) => (this.positions.get(a) ?? 0) - (this.positions.get(b) ?? 0));
    const beyond = this.beyond.filter(
      (b, k) => this.beyond.findIndex((o) => o.kind === b.kind && o.what === b.what) === k,
    );
    return { names: this.names, beyond, firstLine: ws[0]?.line ?? 0 };
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private word(offset: number): Word | undefined {
    return this.ws[this.i + offset];
  }

  private upper(offset: number): string {
    const w = this.ws[this.i + offset];
    return w?.kind === "word" ? w.upper : (w?.text ?? "");
  }

  /** A new statement starts at word `at`: a body's next statement, or the next of a batch. */
  private startSegment(at: number): void {
    this.segment++;
    this.segmentStart = at;
    this.frames = [newFrame("object")];
    this.head = "";
    this.show = undefined;
    this.aliases.set(this.segment, new Set());
  }

  private alias(name: string): void {
    this.aliases.get(this.segment)?.add(name.toLowerCase());
  }

  private touch(database: string | null, object: string, kind: NameKind, line: number, written?: string): void {
    const shown = written ?? (database === null ? object : object ? `${database}.${object}` : database);
    this.record(this.i, { database, object, kind, written: shown, line });
  }

  private record(at: number, name: NameTouched): void {
    this.names.push(name);
    this.positions.set(name, at);
  }

  private reach(kind: BeyondKind, what: string, line: number): void {
    this.beyond.push({ kind, what, line });
  }

  /** The first words of a statement: what it is, and whether it acts beyond any database. */
  private readHead(): void {
    const verb = this.upper(0);
    const line = this.word(0)?.line ?? 0;
    let kind = "";
    if (verb === "CREATE" || verb === "ALTER" || verb === "DROP") {
      for (let k = 1; k < 14; k++) {
        const w = this.upper(k);
        if (!w || w === "(") break;
        // DEFINER = user@host: the account's name is no object kind.
        if (this.upper(k - 1) === "=" || this.upper(k - 1) === "@") continue;
        if (w === "SPATIAL" && this.upper(k + 1) === "REFERENCE") {
          kind = "SPATIAL REFERENCE";
          break;
        }
        if (OBJECT_KINDS.has(w) && this.word(k)?.kind === "word") {
          kind = w === "KEY" ? "INDEX" : w;
          break;
        }
      }
    }
    this.head = kind ? `${verb} ${kind}` : verb;
    if (INSTANCE_OBJECTS.has(kind) || kind === "SPATIAL REFERENCE") {
      if (kind !== "BINDING" || this.ws.slice(this.i, this.i + 4).some((w) => w.upper === "GLOBAL")) {
        this.reach("instance", this.head, line);
      }
    } else if (INSTANCE_VERBS.has(verb)) {
      this.reach("instance", verb === "FLUSH" || verb === "RESET" ? `${verb} ${this.upper(1)}`.trim() : verb, line);
    } else if (verb === "CHANGE" && ["MASTER", "REPLICATION"].includes(this.upper(1))) {
      this.reach("instance", `CHANGE ${this.upper(1)}`, line);
    } else if (
      (verb === "START" || verb === "STOP") &&
      ["SLAVE", "REPLICA", "GROUP_REPLICATION", "ALL"].includes(this.upper(1))
    ) {
      this.reach("instance", `${verb} ${this.upper(1)}`, line);
    } else if (verb === "RENAME" && this.upper(1) === "USER") {
      this.reach("instance", "RENAME USER", line);
    } else if ((verb === "LOCK" || verb === "UNLOCK") && this.upper(1) === "INSTANCE") {
      this.reach("instance", `${verb} INSTANCE`, line);
    } else if (verb === "FLASHBACK" && this.upper(1) === "CLUSTER") {
      this.reach("instance", "FLASHBACK CLUSTER", line);
    } else if (verb === "QUERY" && this.upper(1) === "WATCH") {
      this.reach("instance", "QUERY WATCH", line);
    } else if (verb === "IMPORT") {
      this.reach("file", `IMPORT ${this.upper(1)}`.trim(), line);
    } else if (verb === "SHOW") {
      const what = this.ws.slice(this.i + 1, this.i + 3).map((w) => w.upper);
      const tableFirst = what.some((w) => ["COLUMNS", "FIELDS", "INDEX", "INDEXES", "KEYS"].includes(w));
      this.show = { froms: 0, tableFirst };
    }
    if (this.head === "CREATE TRIGGER") {
      this.programNames.add("new");
      this.programNames.add("old");
    }
  }

  /** Reads the word at `this.i`; returns the index to continue at when it read more than one. */
  private step(w: Word): number | undefined {
    const frame = this.frame;
    if (w.text === ";") {
      this.startSegment(this.i + 1);
      return undefined;
    }
    if (w.text === "(") return this.openFrame();
    if (w.text === ")") {
      this.closeFrame();
      return undefined;
    }
    if (w.text === ",") {
      if (frame.clause === "tables") frame.afterReference = false;
      if (frame.setList) return this.setScope(1);
      return undefined;
    }
    if (w.text === "@") return this.variable();
    const dotted = this.dottedAt(this.i);
    if (dotted) return this.dotted(dotted);
    if (w.kind === "word") return this.keyword(w);
    // An identifier or a double-quoted string: the words that are names.
    const name = namePart(w);
    if (name !== undefined) this.bareName(name, w.line);
    return undefined;
  }

  private openFrame(): number | undefined {
    const outer = this.frame;
    const prev = this.ws[this.i - 1];
    let frame: Frame;
    if (prev?.kind === "word" && SEQUENCE_FUNCTIONS.has(prev.upper)) {
      frame = { ...newFrame("tables"), expect: "table" };
    } else if (outer.clause === "tables" && !outer.afterReference) {
      // FROM (t1 JOIN t2), FROM (SELECT …) AS x, UNION = (t1, t2)
      frame = { ...newFrame("tables"), expect: outer.expect };
    } else if (prev && (prev.kind === "word" || prev.kind === "identifier")) {
      frame = { ...newFrame("expr"), call: true };
    } else {
      frame = { ...newFrame(outer.clause), expect: outer.expect };
    }
    this.frames.push(frame);
    return undefined;
  }

  private closeFrame(): void {
    const closed = this.frames.length > 1 ? this.frames.pop() : undefined;
    const outer = this.frame;
    // A derived table or a parenthesised join may be followed by its alias.
    if (closed && outer.clause === "tables") outer.afterReference = true;
  }

  /** `@var`, `@@session.x`, `'user'@'host'`: never a database name. */
  private variable(): number {
    let j = this.i;
    while (this.ws[j]?.text === "@") j++;
    const system = j - this.i === 2;
    const scope = this.ws[j];
    if (system && this.frame.setList && this.afterAssignmentStart(this.i)) {
      const s = scope?.kind === "word" ? scope.upper : "";
      if (["GLOBAL", "PERSIST", "PERSIST_ONLY"].includes(s) && this.ws[j + 1]?.text === ".") {
        this.reach("instance", `SET @@${s.toLowerCase()}`, this.ws[this.i]?.line ?? 0);
      }
    }
    if (scope && scope.kind !== "symbol") j++;
    while (this.ws[j]?.text === "." && this.ws[j + 1] && this.ws[j + 1]?.kind !== "symbol") j += 2;
    return j;
  }

  private afterAssignmentStart(at: number): boolean {
    const prev = this.ws[at - 1];
    return prev?.text === "," || (prev?.kind === "word" && prev.upper === "SET");
  }

  /** The first two parts of a dotted name `x . y` starting at `at`, if one does. */
  private dottedAt(at: number): [string, string] | undefined {
    const first = this.ws[at];
    const dot = this.ws[at + 1];
    const second = this.ws[at + 2];
    if (!first || dot?.text !== "." || !second) return undefined;
    if (first.text === "*") return second.text === "*" ? ["*", "*"] : undefined;
    const firstPart = namePart(first);
    const secondPart = dottedPart(second);
    return firstPart !== undefined && !isDigits(first) && secondPart !== undefined
      ? [firstPart, secondPart]
      : undefined;
  }

  private dotted([first, second]: [string, string]): number {
    const line = this.ws[this.i]?.line ?? 0;
    const third = this.ws[this.i + 3]?.text === "." ? dottedPart(this.ws[this.i + 4]) : undefined;
    const end = this.i + (third === undefined ? 3 : 5);
    const called = this.ws[end]?.text === "(";
    const written = third === undefined ? `${first}.${second}` : `${first}.${second}.${third}`;
    const frame = this.frame;
    if (frame.clause === "expr") {
      if (called) this.touch(first, second, "routine", line, written);
      else if (third !== undefined) this.touch(first, second, "table", line, written);
      else this.pending.push({ qualifier: first, object: second, line, segment: this.segment, at: this.i });
      return end;
    }
    if (second === "*" && frame.clause === "tables") {
      // DELETE t.* FROM …: the table or alias t, not a database.
      this.pending.push({ qualifier: first, object: second, line, segment: this.segment, at: this.i });
      return end;
    }
    // In a table list `t (` opens a column list; elsewhere `x.f(` calls a routine.
    const kind = frame.clause === "tables" ? frame.expect : called ? "routine" : "table";
    this.touch(first, second, kind, line, written);
    if (frame.clause === "tables") {
      this.alias(second);
      frame.afterReference = true;
    }
    return end;
  }

  /** A name on its own: in a table list, a table (or its alias). */
  private bareName(name: string, line: number): void {
    const frame = this.frame;
    if (frame.clause !== "tables") return;
    if (!frame.afterReference) {
      this.touch(null, name, frame.expect, line);
      frame.afterReference = true;
    }
    this.alias(name);
  }

  private enterTables(expect: "table" | "routine"): void {
    const frame = this.frame;
    frame.clause = "tables";
    frame.expect = expect;
    frame.afterReference = false;
    frame.setList = false;
  }

  private enterExpression(): void {
    const frame = this.frame;
    frame.clause = "expr";
    frame.afterReference = false;
    frame.setList = false;
  }

  private endList(): void {
    const frame = this.frame;
    if (frame.clause === "tables") frame.clause = "object";
    frame.afterReference = false;
  }

  private keyword(w: Word): number | undefined {
    const frame = this.frame;
    const u = w.upper;
    const prev = this.ws[this.i - 1];
    const prevUpper = prev?.kind === "word" ? prev.upper : (prev?.text ?? "");
    const nextUpper = this.upper(1);
    const line = w.line;

    if (prevUpper === "END" && ["CASE", "IF", "LOOP", "REPEAT", "WHILE", "FOR"].includes(u)) return undefined;
    if (["DESCRIBE", "DESC", "EXPLAIN"].includes(u) && this.i === this.segmentStart) {
      const object = this.word(1);
      const named =
        object?.kind === "identifier" ||
        (object?.kind === "word" && !KEYWORDS.has(object.upper) && !isVerb(object.upper));
      if (named) this.enterTables("table");
      return undefined;
    }

    // Beyond any database, wherever they stand.
    if (u === "GRANT" || u === "REVOKE") {
      if (this.i !== this.segmentStart) this.reach("instance", u, line);
      return undefined;
    }
    if (u === "LOAD" && ["DATA", "XML", "STATS"].includes(nextUpper)) {
      this.reach("file", `LOAD ${nextUpper}`, line);
      return undefined;
    }
    if (u === "LOAD" && nextUpper === "INDEX") {
      this.reach("instance", "LOAD INDEX INTO CACHE", line);
      return undefined;
    }
    if ((u === "OUTFILE" || u === "DUMPFILE") && prevUpper === "INTO") {
      this.reach("file", `SELECT … INTO ${u}`, line);
      return undefined;
    }
    if (u === "LOAD_FILE" && nextUpper === "(") {
      this.reach("file", "LOAD_FILE()", line);
      return undefined;
    }
    if (u === "SONAME") {
      this.reach("instance", "CREATE FUNCTION … SONAME (a plugin library)", line);
      return undefined;
    }
    if (u === "ENGINE") {
      const engine = this.upper(1) === "=" ? this.upper(2) : this.upper(1);
      if (REMOTE_ENGINES.has(engine)) this.reach("remote", `ENGINE=${engine}`, line);
      this.endList();
      return undefined;
    }
    if (u === "CONNECTION" && (nextUpper === "=" || this.word(1)?.kind === "string")) {
      this.reach("remote", "CONNECTION='…'", line);
      return undefined;
    }
    if (u === "PREPARE" && this.upper(2) === "FROM" && this.word(1)?.kind !== "symbol") {
      return this.prepared(this.i + 3, `PREPARE ${this.word(1)?.text ?? ""} FROM`);
    }
    if (u === "EXECUTE" && nextUpper === "IMMEDIATE") return this.prepared(this.i + 2, "EXECUTE IMMEDIATE");

    // Names of databases.
    if (u === "USE" && nextUpper !== "INDEX" && nextUpper !== "KEY") return this.databaseName(this.i + 1, "use");
    if ((u === "DATABASE" || u === "SCHEMA") && nextUpper !== "(") return this.databaseName(this.i + 1, "database");
    if (this.show && (u === "FROM" || u === "IN") && w.depth === 0) {
      this.show.froms++;
      if (this.show.tableFirst && this.show.froms === 1) {
        this.enterTables("table");
        return undefined;
      }
      return this.databaseName(this.i + 1, "database");
    }
    if (this.show) {
      if (u === "WHERE") this.enterExpression();
      return undefined;
    }

    // Where statements of a body start.
    if (u === "BEGIN" && nextUpper === "NOT" && this.upper(2) === "ATOMIC") {
      this.startSegment(this.i + 3);
      return this.i + 3;
    }
    if (["BEGIN", "DO", "LOOP", "REPEAT"].includes(u)) {
      this.startSegment(this.i + 1);
      return undefined;
    }
    if ((u === "THEN" || u === "ELSE") && frame.caseExpressions === 0) {
      this.startSegment(this.i + 1);
      return undefined;
    }
    if (u === "ROW" && prevUpper === "EACH" && this.ws[this.i - 2]?.upper === "FOR") {
      const ordered = nextUpper === "FOLLOWS" || nextUpper === "PRECEDES";
      const target = this.word(2);
      if (ordered) this.touch(null, (target && namePart(target)) ?? "", "table", line);
      this.startSegment(this.i + (ordered ? 3 : 1));
      return this.i + (ordered ? 3 : 1);
    }
    if (u === "HANDLER" && nextUpper === "FOR" && ["CONTINUE", "EXIT", "UNDO"].includes(prevUpper)) {
      const body = this.afterConditions(this.i + 2);
      this.startSegment(body);
      return body;
    }
    if (u === "FOR" && this.head === "SET" && this.ws[this.segmentStart + 1]?.upper === "STATEMENT" && w.depth === 0) {
      this.startSegment(this.i + 1);
      return undefined;
    }
    if (
      (u === "PROCEDURE" || u === "FUNCTION") &&
      (this.head === "CREATE PROCEDURE" || this.head === "CREATE FUNCTION")
    ) {
      this.bodyAt = this.routineBody(this.i + 1) ?? -1;
    }

    // Stored-program names valid in every statement of the body.
    if (u === "DECLARE") {
      this.programName(this.i + 1);
      for (let j = this.i + 2; this.ws[j]?.text === ","; j += 2) this.programName(j + 1);
      return undefined;
    }
    if (u === "FOR" && this.upper(2) === "IN" && this.word(1)?.kind !== "symbol") {
      this.programName(this.i + 1);
      return undefined;
    }

    // CASE and END: expressions or statements.
    if (u === "CASE") {
      if (frame.clause === "expr") frame.caseExpressions++;
      else this.enterExpression();
      return undefined;
    }
    if (u === "END") {
      if (frame.caseExpressions > 0) frame.caseExpressions--;
      return undefined;
    }
    if ((u === "THEN" || u === "ELSE") && frame.caseExpressions > 0) return undefined;

    // SET: assignments, some of which set the instance.
    if (u === "SET" && prevUpper !== "CHARACTER") {
      // `UPDATE users SET password = …` sets a column: only a SET statement sets an account's password.
      const statement = this.i === this.segmentStart;
      if (statement && (nextUpper === "PASSWORD" || (nextUpper === "DEFAULT" && this.upper(2) === "ROLE"))) {
        this.reach("instance", nextUpper === "PASSWORD" ? "SET PASSWORD" : "SET DEFAULT ROLE", line);
      }
      this.enterExpression();
      frame.setList = true;
      return this.setScope(1);
    }

    // Table lists.
    if (u === "SELECT") {
      frame.query = true;
      this.enterExpression();
      return undefined;
    }
    if ((u === "FROM" || u === "USING") && frame.call && !frame.query) return undefined;
    if (u === "USING") {
      if (nextUpper === "(") this.enterExpression();
      else this.enterTables("table");
      return undefined;
    }
    if (u === "INSERT" || u === "REPLACE") {
      if (nextUpper !== "(") this.enterTables("table");
      return undefined;
    }
    if (u === "UPDATE") {
      if (!["ON", "KEY", "FOR", "BEFORE", "AFTER", "OF"].includes(prevUpper)) this.enterTables("table");
      return undefined;
    }
    if (u === "DELETE") {
      if (!["ON", "BEFORE", "AFTER"].includes(prevUpper)) this.enterTables("table");
      return undefined;
    }
    if (u === "ON") {
      const ddl = ["CREATE INDEX", "DROP INDEX", "CREATE TRIGGER"].includes(this.head) && w.depth === 0;
      if (ddl) this.enterTables("table");
      else this.enterExpression();
      return undefined;
    }
    if (u === "LIKE" && this.head === "CREATE TABLE" && w.depth <= 1) {
      this.enterTables("table");
      return undefined;
    }
    if (
      u === "UNION" &&
      (this.head === "CREATE TABLE" || this.head === "ALTER TABLE") &&
      (nextUpper === "=" || nextUpper === "(")
    ) {
      this.enterTables("table");
      return this.upper(1) === "=" ? this.i + 2 : undefined;
    }
    if (u === "FOR" && prevUpper === "VALUE" && ["NEXT", "PREVIOUS"].includes(this.ws[this.i - 2]?.upper ?? "")) {
      this.enterTables("table");
      return undefined;
    }
    if (u === "OF" && ["TYPE", "UPDATE", "SHARE"].includes(prevUpper)) {
      this.enterTables("table");
      return undefined;
    }
    if (u === "TO" && prev && (prev.kind === "identifier" || (prev.kind === "word" && !KEYWORDS.has(prevUpper)))) {
      this.enterTables("table");
      return undefined;
    }
    if (u === "RENAME") {
      if (["COLUMN", "INDEX", "KEY", "CONSTRAINT"].includes(nextUpper)) return this.i + 5;
      this.enterTables("table");
      return nextUpper === "TO" || nextUpper === "AS" ? this.i + 2 : undefined;
    }
    if (TABLE_KEYWORDS.has(u) || ROUTINE_KEYWORDS.has(u)) {
      if (u === "INTO" && frame.clause === "tables" && frame.afterReference === false) return undefined;
      this.enterTables(ROUTINE_KEYWORDS.has(u) ? "routine" : "table");
      return undefined;
    }
    if (u === "CHECK" && nextUpper === "(") {
      this.enterExpression();
      return undefined;
    }
    if (EXPRESSION_KEYWORDS.has(u) || (u === "IF" && !["EXISTS", "NOT"].includes(nextUpper))) {
      this.enterExpression();
      return undefined;
    }
    if (u === "AS") {
      const named = this.word(1);
      const namedName = named && namePart(named);
      if (nextUpper === "(") {
        // A common table expression: `name AS (` or `name (columns) AS (`.
        const before = prev?.text === ")" ? this.nameBeforeGroup(this.i - 1) : prev;
        const beforeName = before && namePart(before);
        if (beforeName !== undefined) this.alias(beforeName);
      } else if (
        named &&
        namedName !== undefined &&
        this.ws[this.i + 2]?.text !== "." &&
        !(named.kind === "word" && KEYWORDS.has(named.upper))
      ) {
        this.alias(namedName);
        if (frame.clause === "tables") frame.afterReference = true;
        return this.i + 2;
      }
      return undefined;
    }

    // Anything else: a name in a table list, or a word that ends it.
    if (frame.clause === "tables") {
      if (LIST_MODIFIERS.has(u)) {
        if (u === "IGNORE" && (nextUpper === "INDEX" || nextUpper === "KEY")) this.endList();
        return undefined;
      }
      if (KEYWORDS.has(u) || isDigits(w)) {
        this.endList();
        return undefined;
      }
      this.bareName(w.text, w.line);
    }
    return undefined;
  }

  /** A database named at `at` (after IF [NOT] EXISTS); FLASHBACK DATABASE x TO y names two. */
  private databaseName(at: number, kind: "use" | "database"): number {
    let j = at;
    if (this.ws[j]?.upper === "IF") j += this.ws[j + 1]?.upper === "NOT" ? 3 : 2;
    const w = this.ws[j];
    if (!w || w.kind === "symbol" || (w.kind === "word" && kind === "database" && DATABASE_OPTIONS.has(w.upper)))
      return j;
    // Not a symbol: a string, an identifier or a word.
    const name = w.kind === "string" ? stringValue(w.text) : w.kind === "identifier" ? unquote(w.text) : w.text;
    this.touch(name, "", kind, w.line);
    if (this.ws[j + 1]?.upper === "TO" && this.ws[j + 2]) return this.databaseName(j + 2, kind);
    return j + 1;
  }

  /** `PREPARE s FROM 'text'` and `EXECUTE IMMEDIATE 'text'`: the literal's statement is read; anything else cannot be. */
  private prepared(at: number, what: string): number {
    const source = this.ws[at];
    const after = this.ws[at + 1];
    const single = source?.kind === "string" && (!after || after.text === ";" || after.upper === "USING");
    const line = this.ws[this.i]?.line ?? 0;
    if (!source || !single) {
      let end = at;
      while (end < this.ws.length && this.ws[end]?.text !== ";") end++;
      // `@sql`, `v_sql`, `CONCAT(…)`: enough of the expression to find it again.
      const variable = source?.text === "@";
      const head = variable ? `@${this.ws[at + 1]?.text ?? ""}` : (source?.text ?? "");
      const more = end > at + (variable ? 2 : 1);
      const rest = !more ? "" : !variable && this.ws[at + 1]?.text === "(" ? "(…)" : " …";
      const shown = `${what} ${head}${rest}`.trim();
      this.reach("dynamic-sql", shown, line);
      return end;
    }
    const inner = reachOf(stringValue(source.text));
    for (const n of inner.names) this.record(this.i, { ...n, line });
    for (const b of inner.beyond) this.beyond.push({ ...b, line });
    return at + 1;
  }

  /** The index after a handler's condition list: SQLSTATE [VALUE] 'x', NOT FOUND, names and codes, by commas. */
  private afterConditions(at: number): number {
    let j = at;
    for (;;) {
      const u = this.ws[j]?.upper ?? "";
      if (u === "SQLSTATE") j += this.ws[j + 1]?.upper === "VALUE" ? 3 : 2;
      else if (u === "NOT") j += 2;
      else j += 1;
      if (this.ws[j]?.text !== ",") return j;
      j++;
    }
  }

  /**
   * Where a procedure's or function's body starts, reading its header from the name at `at`:
   * name, parameters, RETURNS type, characteristics. Undefined when the header is not as expected.
   */
  private routineBody(at: number): number | undefined {
    let j = at;
    if (this.ws[j]?.upper === "IF") j += 3;
    j += this.ws[j + 1]?.text === "." ? 3 : 1;
    if (this.ws[j]?.text !== "(") return undefined;
    j = this.afterGroup(j);
    if (this.ws[j]?.upper === "RETURNS") {
      j += 2;
      if (this.ws[j]?.text === "(") j = this.afterGroup(j);
      const typeWords = new Set(["UNSIGNED", "SIGNED", "ZEROFILL", "BINARY", "ASCII", "UNICODE"]);
      for (;;) {
        const u = this.ws[j]?.upper ?? "";
        if (typeWords.has(u)) j++;
        else if (u === "CHARSET" || u === "COLLATE") j += 2;
        else if (u === "CHARACTER") j += 3;
        else break;
      }
    }
    for (;;) {
      const u = this.ws[j]?.upper ?? "";
      if (!CHARACTERISTICS.has(u)) break;
      j += u === "COMMENT" ? 2 : 1;
    }
    return j;
  }

  /** The index after the group that opens at `open`. */
  private afterGroup(open: number): number {
    let depth = 0;
    for (let j = open; j < this.ws.length; j++) {
      const t = this.ws[j]?.text;
      if (t === "(") depth++;
      else if (t === ")" && --depth === 0) return j + 1;
    }
    return this.ws.length;
  }

  /** The word before the group that closes at `close`: `cte (a, b)` → cte. */
  private nameBeforeGroup(close: number): Word | undefined {
    let depth = 0;
    for (let j = close; j >= 0; j--) {
      const t = this.ws[j]?.text;
      if (t === ")") depth++;
      else if (t === "(" && --depth === 0) return this.ws[j - 1];
    }
    return undefined;
  }

  private programName(at: number): void {
    const w = this.ws[at];
    const name = w ? namePart(w) : undefined;
    if (name !== undefined) this.programNames.add(name.toLowerCase());
  }

  /** After SET or a comma of its list: `GLOBAL x = …` or `@@global.x = …` set the whole instance. */
  private setScope(offset: number): number | undefined {
    const w = this.word(offset);
    if (w?.kind !== "word") return undefined;
    const u = w.upper;
    if (
      ["GLOBAL", "PERSIST", "PERSIST_ONLY"].includes(u) &&
      this.upper(offset + 1) !== "=" &&
      this.upper(offset + 1) !== ":"
    ) {
      this.reach("instance", `SET ${u}`, w.line);
      return this.i + offset + 1;
    }
    return undefined;
  }
}

function newFrame(clause: Clause): Frame {
  return {
    clause,
    afterReference: false,
    expect: "table",
    call: false,
    query: false,
    caseExpressions: 0,
    setList: false,
  };
}

/** Statements' first words, which never name a table. */
function isVerb(upper: string): boolean {
  return [
    "SELECT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "REPLACE",
    "WITH",
    "TABLE",
    "VALUES",
    "FORMAT",
    "ANALYZE",
    "EXTENDED",
    "PARTITIONS",
    "FOR",
  ].includes(upper);
}

/** A part of a dotted name: a name, or `*`. */
function dottedPart(w: Word | undefined): string | undefined {
  if (!w) return undefined;
  return w.text === "*" ? "*" : namePart(w);
}

/**
 * A word as one part of a dotted name, as the server reads it: a bare word, a backticked
 * identifier, or a double-quoted one (ANSI_QUOTES makes `"b"."t"` a name).
 */
function namePart(w: Word): string | undefined {
  if (w.kind === "identifier") return unquote(w.text);
  if (w.kind === "word") return w.text;
  if (w.kind === "string" && w.text.startsWith('"')) return stringValue(w.text);
  return undefined;
}
