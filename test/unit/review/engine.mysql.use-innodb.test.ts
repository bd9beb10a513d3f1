import { describeRule } from "./rule-cases";

describeRule("engine.mysql.use-innodb", {
  triggers: [
    { sql: "CREATE TABLE t (id INT) ENGINE=MyISAM", lines: [1], says: "instead of MyISAM" },
    { sql: "CREATE TABLE t (id INT) ENGINE MEMORY", lines: [1] },
    { sql: "ALTER TABLE t ENGINE = Aria", lines: [1], engine: "MARIADB" },
    { sql: "SELECT 1;\nCREATE TABLE t (id INT) ENGINE=MyISAM", lines: [2] },
    { sql: "CREATE TABLE t (id INT) ENGINE=MyISAM", lines: [1], level: "WARNING" },
  ],
  passes: [
    "CREATE TABLE t (id INT) ENGINE=InnoDB",
    "CREATE TABLE t (id INT) ENGINE=innodb",
    "CREATE TABLE t (id INT)",
    { sql: "CREATE TABLE t (id INT) ENGINE=MyISAM", engine: "TIDB" },
  ],
});
