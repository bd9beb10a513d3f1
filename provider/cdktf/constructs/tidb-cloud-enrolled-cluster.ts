// TidbCloudEnrolledCluster: a TiDB Cloud serverless cluster, a SQL user for Tidemark, and the
// cluster's enrolment, wired by reference so that one apply provisions and enrols: the instance
// reads the endpoint and credentials from the cluster and the user, so Terraform creates it
// after both.
import type { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { ServerlessCluster } from "../bindings/tidbcloud/serverless-cluster";
import { SqlUser } from "../bindings/tidbcloud/sql-user";
import type { Database } from "../bindings/tidemark/database";
import type { Instance } from "../bindings/tidemark/instance";
import { type EnrollmentProps, ExistingClusterEnrollment } from "./existing-cluster-enrollment";

export interface TidbCloudEnrolledClusterProps extends EnrollmentProps {
  /** The cluster's display name in TiDB Cloud. */
  readonly displayName: string;
  /** The cluster's region, `regions/{region-id}` (such as `regions/aws-us-east-1`). */
  readonly region: string;
  /** The TiDB Cloud project the cluster belongs to. Default: the organisation's default project. */
  readonly tidbCloudProjectId?: string;
  /** Maximum monthly spending, in USD cents. Default: TiDB Cloud's. */
  readonly spendingLimitMonthly?: number;
  /**
   * The SQL user's name after the cluster's user prefix: the user is `{user_prefix}.{sqlUserName}`.
   * Default: `tidemark`.
   */
  readonly sqlUserName?: string;
  /** The SQL user's password. Sensitive: pass a sensitive variable's value. */
  readonly sqlUserPassword: string;
  /** The SQL user's built-in role. Tidemark syncs schemas and runs changes with it. Default: `role_admin`. */
  readonly builtinRole?: "role_admin" | "role_readwrite" | "role_readonly";
  /** The tidbcloud provider the cluster and user use. Default: the stack's default tidbcloud provider. */
  readonly tidbcloudProvider?: TerraformProvider;
}

export class TidbCloudEnrolledCluster extends Construct {
  readonly cluster: ServerlessCluster;
  readonly sqlUser: SqlUser;
  /** The instance, environment and database enrolments, made as for any existing server. */
  readonly enrollment: ExistingClusterEnrollment;

  constructor(scope: Construct, id: string, props: TidbCloudEnrolledClusterProps) {
    super(scope, id);
    const { displayName, region, tidbCloudProjectId, spendingLimitMonthly, sqlUserName, sqlUserPassword } = props;
    const provider = props.tidbcloudProvider;
    this.cluster = new ServerlessCluster(this, "cluster", {
      provider,
      displayName,
      region: { name: region },
      ...(tidbCloudProjectId !== undefined ? { projectId: tidbCloudProjectId } : {}),
      ...(spendingLimitMonthly !== undefined ? { spendingLimit: { monthly: spendingLimitMonthly } } : {}),
    });
    this.sqlUser = new SqlUser(this, "sql-user", {
      provider,
      clusterId: this.cluster.clusterId,
      // Serverless user names must start with the cluster's prefix, known only once it exists.
      userName: `${this.cluster.userPrefix}.${sqlUserName ?? "tidemark"}`,
      password: sqlUserPassword,
      builtinRole: props.builtinRole ?? "role_admin",
    });
    this.enrollment = new ExistingClusterEnrollment(this, "enrollment", {
      instanceId: props.instanceId,
      title: props.title ?? displayName,
      environment: props.environment,
      newEnvironment: props.newEnvironment,
      syncInterval: props.syncInterval,
      labels: props.labels,
      enrol: props.enrol,
      tidemarkProvider: props.tidemarkProvider,
      engine: "TIDB",
      host: this.cluster.endpoints.public.host,
      port: this.cluster.endpoints.public.port,
      user: this.sqlUser.userName,
      password: this.sqlUser.password,
      // TiDB Cloud's public endpoints take TLS connections only, with publicly trusted certificates.
      tls: true,
    });
  }

  get instance(): Instance {
    return this.enrollment.instance;
  }

  /** The instance's name, `instances/{id}`: a reference. */
  get instanceName(): string {
    return this.enrollment.instanceName;
  }

  get databases(): readonly Database[] {
    return this.enrollment.databases;
  }

  /** The cluster's public host: a reference to its endpoint. */
  get host(): string {
    return this.cluster.endpoints.public.host;
  }

  /** The cluster's public port: a reference to its endpoint. */
  get port(): number {
    return this.cluster.endpoints.public.port;
  }

  /** The SQL user's full name, `{user_prefix}.{sqlUserName}`: a reference. */
  get userName(): string {
    return this.sqlUser.userName;
  }
}
