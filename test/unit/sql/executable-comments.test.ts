// Executable comments are read the way each engine's server runs them.
import type { Engine } from "../../../sql/engine";
import { readExecutableComments, type ReadOptions } from "../../../sql/executable-comments";

/** The text with runs of spaces collapsed, so a case states what the parser sees. */
function seen(sql: string, engine: Engine, options?: ReadOptions): string {
  return readExecutableComments(sql, engine, options).text.replace(/ +/g, " ").trim();
}

describe("readExecutableComments", () => {
  const partition = "CREATE TABLE t (a INT) /*!50100 PARTITION BY HASH (a) PARTITIONS 4 */";
  const partitioned = "CREATE TABLE t (a INT) PARTITION BY HASH (a) PARTITIONS 4";
  const autoRandom = "CREATE TABLE t (a BIGINT PRIMARY KEY /*T![auto_rand] AUTO_RANDOM(5) */)";
  const clustered = "CREATE TABLE t (a INT, PRIMARY KEY (a) /*T![clustered_index] CLUSTERED */)";

  it.each<[string, string, Engine, ReadOptions | undefined, string]>([
    // MySQL's own: unversioned, versioned, and what the target's version decides.
    [
      "unversioned on MySQL",
      "SELECT /*! STRAIGHT_JOIN */ a FROM t",
      "MYSQL",
      undefined,
      "SELECT STRAIGHT_JOIN a FROM t",
    ],
    ["versioned, version unknown", partition, "MYSQL", undefined, partitioned],
    ["versioned, server newer", partition, "MYSQL", { version: 80036 }, partitioned],
    ["versioned, server exactly that version", partition, "MYSQL", { version: 50100 }, partitioned],
    ["versioned, server older", partition, "MYSQL", { version: 50099 }, partition],
    [
      "an 8.0.16 option on MySQL 5.7",
      "CREATE DATABASE d /*!80016 DEFAULT ENCRYPTION='N' */",
      "MYSQL",
      { version: 50744 },
      "CREATE DATABASE d /*!80016 DEFAULT ENCRYPTION='N' */",
    ],
    ["six-digit version", "SELECT 1 /*!100000 + 1 */", "MYSQL", { version: 80036 }, "SELECT 1 /*!100000 + 1 */"],
    ["fewer than five digits are code", "SELECT /*!1 + */ 2", "MYSQL", { version: 80036 }, "SELECT 1 + 2"],
    // TiDB ignores MySQL's version numbers and runs the body.
    ["versioned on TiDB, whatever the version", partition, "TIDB", { version: 10000 }, partitioned],
    // MariaDB compares its own version, which is larger than any MySQL 8 version.
    [
      "MySQL 8 option on MariaDB 10.11",
      "CREATE DATABASE d /*!80016 DEFAULT ENCRYPTION='N' */",
      "MARIADB",
      { version: 101109 },
      "CREATE DATABASE d DEFAULT ENCRYPTION='N'",
    ],
    ["MariaDB's own on MariaDB", "SELECT 1 /*M!100201 + 1 */", "MARIADB", { version: 101109 }, "SELECT 1 + 1"],
    [
      "MariaDB's own, server older",
      "SELECT 1 /*M!100201 + 1 */",
      "MARIADB",
      { version: 100100 },
      "SELECT 1 /*M!100201 + 1 */",
    ],
    ["MariaDB's own on MySQL", "SELECT 1 /*M! + 1 */", "MYSQL", undefined, "SELECT 1 /*M! + 1 */"],
    ["MariaDB's own on TiDB", "SELECT 1 /*M! + 1 */", "TIDB", undefined, "SELECT 1 /*M! + 1 */"],
    // TiDB's own: code on TiDB when it knows every feature named, a comment elsewhere.
    ["TiDB feature on TiDB", autoRandom, "TIDB", undefined, "CREATE TABLE t (a BIGINT PRIMARY KEY AUTO_RANDOM(5) )"],
    ["TiDB feature on MySQL", autoRandom, "MYSQL", undefined, autoRandom],
    ["TiDB feature on MariaDB", autoRandom, "MARIADB", undefined, autoRandom],
    ["clustered index on TiDB", clustered, "TIDB", undefined, "CREATE TABLE t (a INT, PRIMARY KEY (a) CLUSTERED )"],
    ["a feature this TiDB lacks", autoRandom, "TIDB", { tidbFeatures: new Set(["clustered_index"]) }, autoRandom],
    [
      "unbracketed TiDB comment",
      "CREATE TABLE t (a INT) /*T! SHARD_ROW_ID_BITS=4 PRE_SPLIT_REGIONS=2 */",
      "TIDB",
      undefined,
      "CREATE TABLE t (a INT) SHARD_ROW_ID_BITS=4 PRE_SPLIT_REGIONS=2",
    ],
    ["unbracketed TiDB comment on MySQL", "SELECT 1 /*T! + 1 */", "MYSQL", undefined, "SELECT 1 /*T! + 1 */"],
    // Look-alikes that are not executable comments.
    ["inside a string", "SELECT '/*! 1 */'", "MYSQL", undefined, "SELECT '/*! 1 */'"],
    ["inside a quoted identifier", "SELECT `/*!x*/` FROM t", "MYSQL", undefined, "SELECT `/*!x*/` FROM t"],
    [
      "inside a plain comment",
      "SELECT 1 /* see /*!50100 x */ */",
      "MYSQL",
      undefined,
      "SELECT 1 /* see /*!50100 x */ */",
    ],
    ["after a -- comment", "SELECT 1 -- /*! + 1 */\n", "MYSQL", undefined, "SELECT 1 -- /*! + 1 */"],
    ["after a # comment", "SELECT 1 # /*! + 1 */\n", "MYSQL", undefined, "SELECT 1 # /*! + 1 */"],
    [
      "an optimizer hint",
      "SELECT /*+ MAX_EXECUTION_TIME(10) */ 1",
      "TIDB",
      undefined,
      "SELECT /*+ MAX_EXECUTION_TIME(10) */ 1",
    ],
    ["a string holding */ inside the body", "SELECT /*! '*/' */", "MYSQL", undefined, "SELECT '*/'"],
    ["unterminated", "SELECT /*! 1", "MYSQL", undefined, "SELECT /*! 1"],
  ])("%s", (_case, sql, engine, options, expected) => {
    expect(seen(sql, engine, options)).toBe(expected);
  });

  it("keeps the text's length and every offset, so parser positions point into what the user wrote", () => {
    const sql = "CREATE TABLE t (\n  a BIGINT /*T![auto_rand] AUTO_RANDOM */,\n  b INT\n) /*!50100 COMMENT 'x' */";
    const { text } = readExecutableComments(sql, "TIDB");
    expect(text).toHaveLength(sql.length);
    expect(text.indexOf("AUTO_RANDOM")).toBe(sql.indexOf("AUTO_RANDOM"));
    expect(text.indexOf("b INT")).toBe(sql.indexOf("b INT"));
    expect(text.split("\n")).toHaveLength(sql.split("\n").length);
  });

  it("lists every executable comment with its syntax, version, features and whether it ran", () => {
    const sql = "SELECT /*!50100 1 */, /*M!100300 2 */, /*T![ttl,placement] 3 */, /*T! 4 */";
    expect(readExecutableComments(sql, "MARIADB", { version: 101109 }).comments).toEqual([
      { start: 7, end: 20, syntax: "mysql", version: 50100, code: true },
      { start: 22, end: 37, syntax: "mariadb", version: 100300, code: true },
      { start: 39, end: 63, syntax: "tidb", features: ["ttl", "placement"], code: false },
      { start: 65, end: 74, syntax: "tidb", code: false },
    ]);
  });
});
