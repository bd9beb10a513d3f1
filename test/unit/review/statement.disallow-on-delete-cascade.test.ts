import { describeRule } from "./rule-cases";

describeRule("statement.disallow-on-delete-cascade", {
  triggers: [
    {
      sql: "CREATE TABLE c (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE)",
      lines: [1],
    },
    {
      sql: "ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id) ON UPDATE CASCADE ON DELETE CASCADE",
      lines: [1],
    },
  ],
  passes: [
    "CREATE TABLE c (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES p (id) ON DELETE RESTRICT)",
    "ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id) ON UPDATE CASCADE",
    "DELETE FROM c WHERE id = 1",
  ],
});
