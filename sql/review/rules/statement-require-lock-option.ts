import { requireAlterOption } from "../alter-option";

export default requireAlterOption({
  id: "statement.require-lock-option",
  option: "LOCK",
  risk: "block writes for as long as the change runs",
  avoided: "locks the table",
  example: "NONE",
});
