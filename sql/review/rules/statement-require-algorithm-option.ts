import { requireAlterOption } from "../alter-option";

export default requireAlterOption({
  id: "statement.require-algorithm-option",
  option: "ALGORITHM",
  risk: "copy the whole table where INPLACE or INSTANT was meant",
  avoided: "copies the table",
  example: "INPLACE",
});
