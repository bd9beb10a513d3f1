// A synced schema the catalog rules' cases review against: shop's orders and customers.
import type { DatabaseSchema } from "../../../sql/catalog";

export const SHOP: DatabaseSchema = {
  tables: [
    {
      name: "orders",
      rowEstimate: 120000,
      columns: [
        { name: "id", type: "bigint", nullable: false, hasDefault: true, autoIncrement: true },
        { name: "customer_id", type: "bigint", nullable: false, hasDefault: false },
        { name: "state", type: "varchar(20)", nullable: false, hasDefault: true },
        { name: "note", type: "text", nullable: true, hasDefault: false },
      ],
      indexes: [
        { name: "PRIMARY", columns: ["id"], unique: true, primary: true },
        { name: "idx_customer", columns: ["customer_id"], unique: false, primary: false },
      ],
    },
    {
      name: "customers",
      rowEstimate: 800,
      columns: [
        { name: "tenant", type: "int", nullable: false, hasDefault: false },
        { name: "id", type: "int", nullable: false, hasDefault: false },
        { name: "name", type: "varchar(100)", nullable: true, hasDefault: false },
      ],
      indexes: [{ name: "PRIMARY", columns: ["tenant", "id"], unique: true, primary: true }],
    },
  ],
};
