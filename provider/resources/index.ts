// Every resource type the provider serves: add a resource here and it is served, documented
// (npm run docs) and bound for CDKTF.
import type { ResourceType } from "../framework/resource";
import { databaseResource } from "./database";
import { environmentResource } from "./environment";
import { instanceResource } from "./instance";
import { projectResource } from "./project";
import { migrationResource } from "./migration";
import { projectIamPolicyResource } from "./project-iam-policy";
import { reviewConfigResource } from "./review-config";
import { serviceAccountResource } from "./service-account";

export const RESOURCES: ResourceType[] = [
  environmentResource,
  instanceResource,
  projectResource,
  databaseResource,
  serviceAccountResource,
  projectIamPolicyResource,
  reviewConfigResource,
  migrationResource,
];
