// ExistingClusterEnrollment: a TiDB cluster or MySQL-family server that already exists becomes a
// Tidemark instance (whose creation runs a schema sync), optionally in an environment of its own,
// with chosen databases enrolled into a project.
import { type TerraformProvider, Token } from "cdktf";
import { Construct } from "constructs";
import { Database } from "../bindings/tidemark/database";
import { Environment } from "../bindings/tidemark/environment";
import { Instance } from "../bindings/tidemark/instance";
import type { ManagedEnvironment } from "./change-managed-project";

/** Databases of the server to enrol into a project. */
export interface DatabaseEnrollment {
  /** The project to enrol them into, `projects/{id}`: a literal, or ChangeManagedProject.projectName. */
  readonly project: string;
  /**
   * Names of databases on the server. Each must exist when the instance syncs (on its creation
   * or update): Tidemark discovers databases, it never creates them. Names must be known at synth
   * time, as they name the resources.
   */
  readonly databases: readonly string[];
  /** Labels each enrolled database carries. */
  readonly labels?: Record<string, string>;
}

/** How an instance joins Tidemark, whatever the server is and wherever it comes from. */
export interface EnrollmentProps {
  /** The instance's id: its name is `instances/{id}`. Lower-case letters, digits and hyphens. */
  readonly instanceId: string;
  /** Human-readable title of the instance. Default: the instance id. */
  readonly title?: string;
  /** The name of an existing environment the instance belongs to, `environments/{id}`. Give this or `newEnvironment`. */
  readonly environment?: string;
  /** An environment to create for the instance. Give this or `environment`. */
  readonly newEnvironment?: ManagedEnvironment;
  /** Time between scheduled syncs, such as `3600s`; `0s` syncs only on create, update and `:sync`. Default: the server's. */
  readonly syncInterval?: string;
  /** Free-form labels of the instance. */
  readonly labels?: Record<string, string>;
  /** Databases to enrol into a project. Default: none. */
  readonly enrol?: DatabaseEnrollment;
  /** The tidemark provider the resources use. Default: the stack's default tidemark provider. */
  readonly tidemarkProvider?: TerraformProvider;
}

export interface ExistingClusterEnrollmentProps extends EnrollmentProps {
  /** The server's engine. Changing it replaces the instance. */
  readonly engine: "TIDB" | "MYSQL" | "MARIADB";
  /** Host name or address Tidemark connects to. */
  readonly host: string;
  /** TCP port Tidemark connects to. */
  readonly port: number;
  /** The user Tidemark's admin data source logs in as: it syncs schemas and runs changes. */
  readonly user: string;
  /** That user's password. Sensitive: pass a sensitive variable's value or another resource's attribute. */
  readonly password: string;
  /** Connect over TLS, verifying the server's certificate against the system's roots. Default: false. */
  readonly tls?: boolean;
}

export class ExistingClusterEnrollment extends Construct {
  readonly instance: Instance;
  /** The environment created for the instance, when `newEnvironment` was given. */
  readonly environment?: Environment;
  /** One enrolment per database in `enrol.databases`, in that order. */
  readonly databases: readonly Database[];

  constructor(scope: Construct, id: string, props: ExistingClusterEnrollmentProps) {
    super(scope, id);
    const provider = props.tidemarkProvider;
    const { environment, newEnvironment } = props;
    let environmentName: string;
    if (environment === undefined && newEnvironment !== undefined) {
      this.environment = new Environment(this, "environment", {
        provider,
        resourceId: newEnvironment.id,
        title: newEnvironment.title,
        order: newEnvironment.order ?? 0,
        protected: newEnvironment.protected ?? false,
      });
      environmentName = this.environment.name;
    } else if (environment !== undefined && newEnvironment === undefined) {
      environmentName = environment;
    } else {
      throw new Error(`ExistingClusterEnrollment ${id}: give exactly one of environment and newEnvironment`);
    }
    this.instance = new Instance(this, "instance", {
      provider,
      resourceId: props.instanceId,
      title: props.title ?? props.instanceId,
      engine: props.engine,
      environment: environmentName,
      ...(props.syncInterval !== undefined ? { syncInterval: props.syncInterval } : {}),
      ...(props.labels ? { labels: props.labels } : {}),
      dataSources: [
        {
          type: "ADMIN",
          host: props.host,
          port: props.port,
          username: props.user,
          password: props.password,
          ...(props.tls ? { tls: { enabled: true, verifyServerCertificate: true } } : {}),
        },
      ],
    });
    const enrol = props.enrol;
    this.databases = enrol
      ? enrol.databases.map((database) => {
          if (Token.isUnresolved(database)) {
            throw new Error(`ExistingClusterEnrollment ${id}: database names must be known at synth time`);
          }
          return new Database(this, `database-${database}`, {
            provider,
            name: `${this.instance.name}/databases/${database}`,
            project: enrol.project,
            ...(enrol.labels ? { labels: enrol.labels } : {}),
          });
        })
      : [];
  }

  /** The instance's name, `instances/{id}`: a reference to the created instance. */
  get instanceName(): string {
    return this.instance.name;
  }

  /** The enrolled databases' names, `instances/{id}/databases/{db}`: references, in `enrol.databases` order. */
  get databaseNames(): string[] {
    return this.databases.map((database) => database.name);
  }
}
