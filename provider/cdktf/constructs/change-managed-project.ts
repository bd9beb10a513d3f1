// ChangeManagedProject: a project, the environments its databases move through, and a review
// config that blocks destructive statements in the protected ones.
import type { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { Environment } from "../bindings/tidemark/environment";
import { Project } from "../bindings/tidemark/project";
import { ReviewConfig } from "../bindings/tidemark/review-config";
import { PROTECTED_RULES } from "../../../sql/protected-rules";

/** One SQL review rule and what a finding of it does to a change. */
export interface ReviewRule {
  /** The rule's id, such as `statement.disallow-drop-table`. */
  readonly id: string;
  /** `ERROR` blocks a change, `WARNING` informs, `DISABLED` turns the rule off. */
  readonly level: "ERROR" | "WARNING" | "DISABLED";
  /** The rule's settings as JSON text, for rules that take any. Default: the rule's own defaults. */
  readonly payload?: string;
}

/**
 * What the protected environments' review config holds unless told otherwise: everything the
 * server's built-in protected review blocks (sql/protected-rules.ts — a config attached to an
 * environment replaces that built-in, so it must not hold less), and schema changes that break
 * applications running against the old schema.
 */
export const DESTRUCTIVE_STATEMENT_RULES: readonly ReviewRule[] = [
  ...PROTECTED_RULES,
  { id: "schema.backward-compatibility", level: "ERROR" },
];

/** An environment the project's databases move through. */
export interface ManagedEnvironment {
  /** The environment's id: its name is `environments/{id}`. Lower-case letters, digits and hyphens. */
  readonly id: string;
  /** Human-readable title shown in listings. */
  readonly title: string;
  /**
   * Whether changes to databases here need approval and are reviewed against the project's
   * protected review config. Default: false.
   */
  readonly protected?: boolean;
  /** Position in rollout order, lower first. Default: ten times the environment's position in the list. */
  readonly order?: number;
}

export interface ChangeManagedProjectProps {
  /** The project's id: its name is `projects/{id}`. Lower-case letters, digits and hyphens, at most 53. */
  readonly projectId: string;
  /** Human-readable title of the project. */
  readonly title: string;
  /** The environments to create, in rollout order. */
  readonly environments: readonly ManagedEnvironment[];
  /** The rules of the protected environments' review config. Default: DESTRUCTIVE_STATEMENT_RULES. */
  readonly protectedRules?: readonly ReviewRule[];
  /** Whether changes to databases in protected environments need an approval before they run. Default: true. */
  readonly requireApproval?: boolean;
  /** Whether the author of a change may approve it. Default: false. */
  readonly allowSelfApproval?: boolean;
  /** Free-form labels of the project. */
  readonly labels?: Record<string, string>;
  /** The tidemark provider the resources use. Default: the stack's default tidemark provider. */
  readonly tidemarkProvider?: TerraformProvider;
}

export class ChangeManagedProject extends Construct {
  readonly project: Project;
  /** The review config attached to every protected environment. */
  readonly reviewConfig: ReviewConfig;
  private readonly environmentsById = new Map<string, Environment>();

  constructor(scope: Construct, id: string, props: ChangeManagedProjectProps) {
    super(scope, id);
    const provider = props.tidemarkProvider;
    // reviewConfigs/{project}-protected must fit the 63 characters of an id.
    if (props.projectId.length > 53) {
      throw new Error(`ChangeManagedProject ${id}: projectId "${props.projectId}" is longer than 53 characters`);
    }
    this.reviewConfig = new ReviewConfig(this, "protected-review", {
      provider,
      resourceId: `${props.projectId}-protected`,
      title: `${props.title}: protected environments`,
      rules: (props.protectedRules ?? DESTRUCTIVE_STATEMENT_RULES).map((rule) => ({
        id: rule.id,
        level: rule.level,
        ...(rule.payload !== undefined ? { payload: rule.payload } : {}),
      })),
    });
    props.environments.forEach((environment, index) => {
      if (this.environmentsById.has(environment.id)) {
        throw new Error(`ChangeManagedProject ${id}: environment "${environment.id}" is listed twice`);
      }
      this.environmentsById.set(
        environment.id,
        new Environment(this, `environment-${environment.id}`, {
          provider,
          resourceId: environment.id,
          title: environment.title,
          order: environment.order ?? index * 10,
          protected: environment.protected ?? false,
          ...(environment.protected ? { reviewConfig: this.reviewConfig.name } : {}),
        }),
      );
    });
    this.project = new Project(this, "project", {
      provider,
      resourceId: props.projectId,
      title: props.title,
      requireApproval: props.requireApproval ?? true,
      allowSelfApproval: props.allowSelfApproval ?? false,
      ...(props.labels ? { labels: props.labels } : {}),
    });
  }

  /** The project's name, `projects/{id}`: a reference to the created project. */
  get projectName(): string {
    return this.project.name;
  }

  /** The environments, by id, in the order given. */
  get environments(): ReadonlyMap<string, Environment> {
    return this.environmentsById;
  }

  /** An environment's name, `environments/{id}`: a reference to the created environment. */
  environmentName(environmentId: string): string {
    const environment = this.environmentsById.get(environmentId);
    if (!environment) {
      const known = [...this.environmentsById.keys()].join(", ");
      throw new Error(`ChangeManagedProject ${this.node.id}: no environment "${environmentId}" (it has ${known})`);
    }
    return environment.name;
  }
}
