// Every data source the provider serves. Most are views of a resource's schema; the database
// schema is its own.
import { type DataSourceType, plural, singular } from "../framework/data-source";
import { databaseResource } from "../resources/database";
import { environmentResource } from "../resources/environment";
import { instanceResource } from "../resources/instance";
import { projectResource } from "../resources/project";
import { changelogsDataSource } from "./changelogs";
import { databaseSchemaDataSource } from "./database-schema";

export const DATA_SOURCES: DataSourceType[] = [
  singular("tidemark_environment", environmentResource.block, "One environment, by name (`environments/{id}`)."),
  plural("tidemark_environments", environmentResource.block, {
    collection: "environments",
    field: "environments",
    description: "Every environment.",
  }),
  singular(
    "tidemark_instance",
    instanceResource.block,
    "One instance, by name (`instances/{id}`). Passwords are never returned.",
  ),
  plural("tidemark_instances", instanceResource.block, {
    collection: "instances",
    field: "instances",
    description: "Every instance (deleted ones excepted).",
  }),
  singular("tidemark_project", projectResource.block, "One project, by name (`projects/{id}`)."),
  plural("tidemark_projects", projectResource.block, {
    collection: "projects",
    field: "projects",
    description: "Every project the service account may see.",
  }),
  singular("tidemark_database", databaseResource.block, "One database, by name (`instances/{i}/databases/{db}`)."),
  plural("tidemark_databases", databaseResource.block, {
    collection: "databases",
    field: "databases",
    parent: "Whose databases: an instance (`instances/{id}`) or a project (`projects/{id}`).",
    filter: true,
    description: "The databases of an instance or a project, optionally filtered.",
  }),
  databaseSchemaDataSource,
  changelogsDataSource,
];
