// tidemark_environment: a stage databases move through (test, prod). Import id: `environments/{id}`.
import environmentSchema from "../../schema/resources/environment.json";
import { defineResource } from "../framework/resource";

export const environmentResource = defineResource({
  typeName: "tidemark_environment",
  noun: "environment",
  apiSchema: environmentSchema,
});
