// Every review rule Tidemark knows, in one list: adding a rule means a file in rules/ and a line here.
import Ajv, { type ValidateFunction } from "ajv";
import columnDisallowDrop from "./rules/column-disallow-drop";
import columnDisallowRename from "./rules/column-disallow-rename";
import tableDisallowRename from "./rules/table-disallow-rename";
import statementWhereDisallowAlwaysTrue from "./rules/statement-where-disallow-always-true";
import columnDisallowChangeType from "./rules/column-disallow-change-type";
import columnDisallowDropInIndex from "./rules/column-disallow-drop-in-index";
import schemaObjectExists from "./rules/schema-object-exists";
import columnDisallowChange from "./rules/column-disallow-change";
import columnDisallowChangingOrder from "./rules/column-disallow-changing-order";
import indexNoDuplicate from "./rules/index-no-duplicate";
import indexTypeNoBlob from "./rules/index-type-no-blob";
import namingIdentifierNoKeyword from "./rules/naming-identifier-no-keyword";
import statementAffectedRowLimit from "./rules/statement-affected-row-limit";
import statementDisallowDynamicSql from "./rules/statement-disallow-dynamic-sql";
import statementDisallowOnDeleteCascade from "./rules/statement-disallow-on-delete-cascade";
import statementInsertDisallowOrderByRand from "./rules/statement-insert-disallow-order-by-rand";
import statementRequireAlgorithmOption from "./rules/statement-require-algorithm-option";
import statementRequireLockOption from "./rules/statement-require-lock-option";
import statementWhereNoEqualNull from "./rules/statement-where-no-equal-null";
import systemEventDisallowCreate from "./rules/system-event-disallow-create";
import systemFunctionDisallowCreate from "./rules/system-function-disallow-create";
import systemProcedureDisallowCreate from "./rules/system-procedure-disallow-create";
import systemTriggerDisallowCreate from "./rules/system-trigger-disallow-create";
import systemViewDisallowCreate from "./rules/system-view-disallow-create";
import tableDisallowCreateOrReplace from "./rules/table-disallow-create-or-replace";
import tableDisallowEngineWithoutRows from "./rules/table-disallow-engine-without-rows";
import tidbPlacementChange from "./rules/tidb-placement-change";
import tidbSuggestAutoRandom from "./rules/tidb-suggest-auto-random";
import tidbTiflashReplicaChange from "./rules/tidb-tiflash-replica-change";
import tidbUnsupportedStatement from "./rules/tidb-unsupported-statement";
import columnAutoIncrementMustInteger from "./rules/column-auto-increment-must-integer";
import columnAutoIncrementMustUnsigned from "./rules/column-auto-increment-must-unsigned";
import columnComment from "./rules/column-comment";
import columnMaximumVarcharLength from "./rules/column-maximum-varchar-length";
import columnNoNull from "./rules/column-no-null";
import columnRequired from "./rules/column-required";
import columnSetDefaultForNotNull from "./rules/column-set-default-for-not-null";
import columnRequireDefault from "./rules/column-require-default";
import columnDisallowSetCharset from "./rules/column-disallow-set-charset";
import statementMergeAlterTable from "./rules/statement-merge-alter-table";
import columnTypeDisallowList from "./rules/column-type-disallow-list";
import engineMysqlUseInnodb from "./rules/engine-mysql-use-innodb";
import indexKeyNumberLimit from "./rules/index-key-number-limit";
import indexNoDuplicateColumn from "./rules/index-no-duplicate-column";
import indexPrimaryKeyTypeAllowlist from "./rules/index-primary-key-type-allowlist";
import namingColumn from "./rules/naming-column";
import namingIndex from "./rules/naming-index";
import namingTable from "./rules/naming-table";
import namingUniqueKey from "./rules/naming-unique-key";
import schemaBackwardCompatibility from "./rules/schema-backward-compatibility";
import statementDisallowCommit from "./rules/statement-disallow-commit";
import statementDisallowDropDatabase from "./rules/statement-disallow-drop-database";
import statementDisallowDropTable from "./rules/statement-disallow-drop-table";
import statementDisallowLimit from "./rules/statement-disallow-limit";
import statementDisallowOrderBy from "./rules/statement-disallow-order-by";
import statementDisallowTruncate from "./rules/statement-disallow-truncate";
import statementInsertMustSpecifyColumn from "./rules/statement-insert-must-specify-column";
import statementInsertRowLimit from "./rules/statement-insert-row-limit";
import statementParseError from "./rules/statement-parse-error";
import statementSelectNoSelectAll from "./rules/statement-select-no-select-all";
import statementTargetBoundary from "./rules/statement-target-boundary";
import statementWhereNoLeadingWildcardLike from "./rules/statement-where-no-leading-wildcard-like";
import statementWhereRequireSelect from "./rules/statement-where-require-select";
import statementWhereRequireUpdateDelete from "./rules/statement-where-require-update-delete";
import systemCharsetAllowlist from "./rules/system-charset-allowlist";
import tableComment from "./rules/table-comment";
import tableDisallowDiscardTablespace from "./rules/table-disallow-discard-tablespace";
import tableDisallowDropPartition from "./rules/table-disallow-drop-partition";
import tableDisallowPartition from "./rules/table-disallow-partition";
import tableDropNamingConvention from "./rules/table-drop-naming-convention";
import tableNoForeignKey from "./rules/table-no-foreign-key";
import tableRequirePk from "./rules/table-require-pk";
import type { RuleDefinition } from "./types";

/** All rules, ordered by id. */
export const RULES: readonly RuleDefinition[] = [
  tidbUnsupportedStatement,
  tidbTiflashReplicaChange,
  tidbSuggestAutoRandom,
  tidbPlacementChange,
  tableDisallowEngineWithoutRows,
  tableDisallowCreateOrReplace,
  systemViewDisallowCreate,
  systemTriggerDisallowCreate,
  systemProcedureDisallowCreate,
  systemFunctionDisallowCreate,
  systemEventDisallowCreate,
  statementWhereNoEqualNull,
  statementRequireLockOption,
  statementRequireAlgorithmOption,
  statementInsertDisallowOrderByRand,
  statementDisallowOnDeleteCascade,
  statementDisallowDynamicSql,
  statementAffectedRowLimit,
  namingIdentifierNoKeyword,
  indexTypeNoBlob,
  indexNoDuplicate,
  columnDisallowChangingOrder,
  columnDisallowChange,
  columnDisallowDrop,
  columnDisallowRename,
  tableDisallowRename,
  statementWhereDisallowAlwaysTrue,
  columnDisallowChangeType,
  columnDisallowDropInIndex,
  schemaObjectExists,
  columnAutoIncrementMustInteger,
  columnAutoIncrementMustUnsigned,
  columnComment,
  columnMaximumVarcharLength,
  columnNoNull,
  columnRequired,
  columnSetDefaultForNotNull,
  columnRequireDefault,
  columnDisallowSetCharset,
  columnTypeDisallowList,
  statementMergeAlterTable,
  engineMysqlUseInnodb,
  indexKeyNumberLimit,
  indexNoDuplicateColumn,
  indexPrimaryKeyTypeAllowlist,
  namingColumn,
  namingIndex,
  namingTable,
  namingUniqueKey,
  schemaBackwardCompatibility,
  statementDisallowCommit,
  statementDisallowDropDatabase,
  statementDisallowDropTable,
  statementDisallowLimit,
  statementDisallowOrderBy,
  statementDisallowTruncate,
  statementInsertMustSpecifyColumn,
  statementInsertRowLimit,
  statementParseError,
  statementSelectNoSelectAll,
  statementTargetBoundary,
  statementWhereNoLeadingWildcardLike,
  statementWhereRequireSelect,
  statementWhereRequireUpdateDelete,
  systemCharsetAllowlist,
  tableComment,
  tableDisallowDiscardTablespace,
  tableDisallowDropPartition,
  tableDisallowPartition,
  tableDropNamingConvention,
  tableNoForeignKey,
  tableRequirePk,
].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function findRule(id: string): RuleDefinition | undefined {
  return byId.get(id);
}

const ajv = new Ajv({ allErrors: true });
const validators = new Map<string, ValidateFunction>();

/** Why a payload does not fit its rule's schema, in words a config's author can act on; undefined when it fits. */
export function payloadProblem(rule: RuleDefinition, payload: unknown): string | undefined {
  if (!rule.payloadSchema || payload === undefined) return undefined;
  let validate = validators.get(rule.id);
  if (!validate) {
    validate = ajv.compile(rule.payloadSchema);
    validators.set(rule.id, validate);
  }
  if (validate(payload)) return undefined;
  return (validate.errors ?? []).map((e) => `payload${e.instancePath} ${e.message ?? "is invalid"}`).join("; ");
}
