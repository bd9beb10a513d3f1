// tidemark_review_config: SQL review rules with their levels, attached to environments and
// projects through their `review_config`. Import id: `reviewConfigs/{id}`.
import reviewConfigSchema from "../../schema/resources/reviewConfig.json";
import { defineResource } from "../framework/resource";

export const reviewConfigResource = defineResource({
  typeName: "tidemark_review_config",
  noun: "review config",
  apiSchema: reviewConfigSchema,
});
