import { describeRule } from "./rule-cases";

describeRule("statement.disallow-drop-database", {
  triggers: [
    { sql: "DROP DATABASE shop", lines: [1], says: "database shop " },
    { sql: "drop database shop", lines: [1] },
    { sql: "DROP SCHEMA shop", lines: [1], says: "database shop " },
    { sql: "drop schema if exists shop", lines: [1], says: "database shop " },
    { sql: "DROP DATABASE `shop`", lines: [1], says: "database shop " },
    { sql: "DROP DATABASE IF EXISTS `shop-old`", lines: [1], says: "database shop-old " },
    { sql: "DROP /* gone */ DATABASE shop", lines: [1] },
    { sql: "DROP -- gone\n  SCHEMA shop", lines: [1] },
    { sql: "DROP # gone\nDATABASE shop", lines: [1] },
    { sql: "/*!32312 DROP DATABASE shop*/", lines: [1] },
    { sql: "/*T![x] DROP DATABASE shop */", lines: [1], unparseable: true },
    { sql: "USE shop;\nSELECT 1;\nDROP DATABASE shop;", lines: [3] },
    { sql: "-- cleanup\n-- of the old one\nDROP DATABASE old;\nCREATE DATABASE shop", lines: [3] },
    { sql: "DROP DATABASE shop", lines: [1], level: "WARNING" },
    {
      sql: "DELIMITER ;;\nCREATE PROCEDURE wipe() BEGIN DROP SCHEMA shop; END;;\nDELIMITER ;",
      lines: [2],
    },
  ],
  passes: [
    "CREATE DATABASE shop",
    "DROP TABLE shop",
    "SELECT 'DROP DATABASE shop'",
    "-- DROP DATABASE shop\nSELECT 1",
    "/* DROP DATABASE shop */ SELECT 1",
    'INSERT INTO audit (note) VALUES ("drop schema x")',
  ],
});
