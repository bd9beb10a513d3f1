import { describeRule } from "./rule-cases";

describeRule("table.no-foreign-key", {
  triggers: [
    {
      sql: "CREATE TABLE t (id INT, o INT, CONSTRAINT fk_t_o FOREIGN KEY (o) REFERENCES o (id))",
      lines: [1],
      says: "(o) to o",
    },
    { sql: "CREATE TABLE t (\n  id INT,\n  o INT REFERENCES o (id)\n)", lines: [3] },
    { sql: "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (o) REFERENCES shop.o (id)", lines: [1], says: "to shop.o" },
    { sql: "alter table t add foreign key (o) references o (id) on delete cascade", lines: [1] },
    { sql: "CREATE TABLE t (id INT, FOREIGN KEY (id) REFERENCES o (id))", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT PRIMARY KEY, o INT, KEY idx_t_o (o))",
    "ALTER TABLE t ADD INDEX idx_t_o (o)",
    "ALTER TABLE t DROP FOREIGN KEY fk",
  ],
});
