// tidemark_project: a team's unit of ownership — its databases and the workflow their changes
// follow. Import id: `projects/{id}`. Destroy fails while the project owns databases.
import projectSchema from "../../schema/resources/project.json";
import { defineResource } from "../framework/resource";

export const projectResource = defineResource({
  typeName: "tidemark_project",
  noun: "project",
  apiSchema: projectSchema,
});
