import { splitStatements } from "../../../sql/review/split";

const cases: { name: string; sql: string; statements: { text: string; line: number }[] }[] = [
  { name: "one statement without a semicolon", sql: "SELECT 1", statements: [{ text: "SELECT 1", line: 1 }] },
  {
    name: "statements on one line and on several",
    sql: "SELECT 1; SELECT 2;\nUPDATE t\nSET a = 1\nWHERE id = 1;",
    statements: [
      { text: "SELECT 1", line: 1 },
      { text: "SELECT 2", line: 1 },
      { text: "UPDATE t\nSET a = 1\nWHERE id = 1", line: 2 },
    ],
  },
  {
    name: "the line of the first character outside comments and blanks",
    sql: "\n\n-- why\n/* and\n   how */\n  DROP TABLE t;",
    statements: [{ text: "-- why\n/* and\n   how */\n  DROP TABLE t", line: 6 }],
  },
  {
    name: "empty and comment-only statements dropped",
    sql: "SELECT 1;;\n;\n-- nothing here\n;\n/* nor here */;\nSELECT 2;\n-- trailing comment\n",
    statements: [
      { text: "SELECT 1", line: 1 },
      { text: "SELECT 2", line: 6 },
    ],
  },
  {
    name: "semicolons in strings, quoted identifiers and comments",
    sql: "SELECT 'a;b', \"c;d\", `e;f`, 'it''s; fine', 'back\\'slash;' FROM t; -- x; y\nSELECT /* ; */ 2",
    statements: [
      { text: "SELECT 'a;b', \"c;d\", `e;f`, 'it''s; fine', 'back\\'slash;' FROM t", line: 1 },
      { text: "-- x; y\nSELECT /* ; */ 2", line: 2 },
    ],
  },
  {
    name: "# comments, even holding quotes and semicolons",
    sql: "# it's; here\nSELECT 1;\nSELECT 2 # don't; stop\n;",
    statements: [
      { text: "# it's; here\nSELECT 1", line: 2 },
      { text: "SELECT 2 # don't; stop", line: 3 },
    ],
  },
  {
    name: "DELIMITER keeps a routine body whole",
    sql: "DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND//\nDELIMITER ;\nCALL p();",
    statements: [
      { text: "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", line: 2 },
      { text: "CALL p()", line: 8 },
    ],
  },
  {
    name: "an executable comment is a statement",
    sql: "/*!40101 SET NAMES utf8mb4 */;\n/* plain */;",
    statements: [{ text: "/*!40101 SET NAMES utf8mb4 */", line: 1 }],
  },
  { name: "nothing at all", sql: "  \n -- only a comment\n", statements: [] },
];

describe("splitStatements", () => {
  it.each(cases)("$name", ({ sql, statements }) => {
    expect(splitStatements(sql)).toEqual(statements.map((s, index) => ({ ...s, index })));
  });
});
