import fs from "node:fs";
import path from "node:path";
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import { BUILTIN_PROTECTED_RULES } from "../../sql/review/review";
import {
  ChangeManagedProject,
  DESTRUCTIVE_STATEMENT_RULES,
  ExistingClusterEnrollment,
  TidbCloudEnrolledCluster,
} from "../../provider/cdktf";
import { TidbcloudProvider } from "../../provider/cdktf/bindings/tidbcloud/provider";
import { TidemarkProvider } from "../../provider/cdktf/bindings/tidemark/provider";

type Block = Record<string, unknown>;
interface Synthesized {
  resource: Record<string, Record<string, Block>>;
  output?: Record<string, { value: unknown }>;
}

/** Synthesizes a stack holding what `build` adds, with both providers configured. */
function synth(build: (stack: TerraformStack) => void): Synthesized {
  const stack = new TerraformStack(Testing.app(), "test");
  new TidemarkProvider(stack, "tidemark", {});
  new TidbcloudProvider(stack, "tidbcloud", {});
  build(stack);
  return JSON.parse(Testing.synth(stack)) as Synthesized;
}

/** The one resource of a type: its Terraform address and its configuration. */
function only(synthesized: Synthesized, type: string): { address: string; config: Block } {
  const resources = Object.entries(synthesized.resource[type] ?? {});
  expect(resources).toHaveLength(1);
  const [key, config] = resources[0]!;
  return { address: `${type}.${key}`, config };
}

/** Every resource of a type, by the value of `field` in its configuration (synth orders them by address). */
function byField(
  synthesized: Synthesized,
  type: string,
  field: string,
): Record<string, { address: string; config: Block }> {
  return Object.fromEntries(
    Object.entries(synthesized.resource[type] ?? {}).map(([key, config]) => [
      String(config[field]),
      { address: `${type}.${key}`, config },
    ]),
  );
}

const ref = (address: string, attribute: string) => `\${${address}.${attribute}}`;

describe("ChangeManagedProject", () => {
  const build = (stack: TerraformStack) =>
    new ChangeManagedProject(stack, "shop", {
      projectId: "shop",
      title: "Shop",
      labels: { team: "payments" },
      environments: [
        { id: "staging", title: "Staging" },
        { id: "prod", title: "Production", protected: true },
      ],
    });

  test("creates the project, approval required and no self-approval unless told otherwise", () => {
    const project = only(synth(build), "tidemark_project").config;
    expect(project).toEqual({
      resource_id: "shop",
      title: "Shop",
      require_approval: true,
      allow_self_approval: false,
      labels: { team: "payments" },
    });
  });

  test("creates the environments in rollout order", () => {
    const environments = byField(synth(build), "tidemark_environment", "resource_id");
    expect(environments.staging!.config).toEqual({
      resource_id: "staging",
      title: "Staging",
      order: 0,
      protected: false,
    });
    expect(environments.prod!.config).toMatchObject({
      resource_id: "prod",
      title: "Production",
      order: 10,
      protected: true,
    });
  });

  test("the review config blocks destructive statements and is attached, by reference, to protected environments only", () => {
    const synthesized = synth(build);
    const review = only(synthesized, "tidemark_review_config");
    expect(review.config).toEqual({
      resource_id: "shop-protected",
      title: "Shop: protected environments",
      rules: DESTRUCTIVE_STATEMENT_RULES.map((r) => ({ id: r.id, level: "ERROR" })),
    });
    const ids = DESTRUCTIVE_STATEMENT_RULES.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "statement.disallow-drop-database",
        "statement.disallow-drop-table",
        "statement.disallow-truncate",
      ]),
    );
    // The config replaces the server's built-in protected review for these environments: it
    // must block at least everything that blocks, at ERROR.
    for (const builtIn of BUILTIN_PROTECTED_RULES) {
      expect(DESTRUCTIVE_STATEMENT_RULES).toContainEqual({ id: builtIn.id, level: "ERROR" });
    }
    const { staging, prod } = byField(synthesized, "tidemark_environment", "resource_id");
    expect(prod!.config.review_config).toBe(ref(review.address, "name"));
    expect(staging!.config).not.toHaveProperty("review_config");
  });

  test("the HCL example's protected review config holds the constructs' default rules", () => {
    const hcl = fs.readFileSync(path.join(__dirname, "../../examples/tidb-cloud-gitops/main.tf"), "utf8");
    const config = /resource "tidemark_review_config" "protected" \{([\s\S]*?)\n\}/.exec(hcl)?.[1] ?? "";
    const rules = [...config.matchAll(/rules \{\s*id\s*=\s*"([^"]+)"\s*level\s*=\s*"([A-Z]+)"\s*\}/g)].map((m) => ({
      id: m[1],
      level: m[2],
    }));
    expect(rules).toEqual(DESTRUCTIVE_STATEMENT_RULES.map((r) => ({ id: r.id, level: r.level })));
  });

  test("protected rules can be replaced, payloads included", () => {
    const synthesized = synth(
      (stack) =>
        new ChangeManagedProject(stack, "shop", {
          projectId: "shop",
          title: "Shop",
          environments: [{ id: "prod", title: "Production", protected: true }],
          protectedRules: [{ id: "statement.insert-row-limit", level: "WARNING", payload: '{"max":100}' }],
        }),
    );
    expect(only(synthesized, "tidemark_review_config").config.rules).toEqual([
      { id: "statement.insert-row-limit", level: "WARNING", payload: '{"max":100}' },
    ]);
  });

  test("names of the project and environments are references to the created resources", () => {
    const synthesized = synth((stack) => {
      const shop = build(stack);
      new ExistingClusterEnrollment(stack, "db", {
        instanceId: "db",
        engine: "MYSQL",
        host: "db.internal",
        port: 3306,
        user: "tidemark",
        password: "secret",
        environment: shop.environmentName("prod"),
        enrol: { project: shop.projectName, databases: ["orders"] },
      });
    });
    const project = only(synthesized, "tidemark_project").address;
    const prod = byField(synthesized, "tidemark_environment", "resource_id").prod!.address;
    expect(only(synthesized, "tidemark_instance").config.environment).toBe(ref(prod, "name"));
    expect(only(synthesized, "tidemark_database").config.project).toBe(ref(project, "name"));
  });

  test("an unknown environment, a repeated one and a project id too long for its review config's id are errors", () => {
    expect(() => synth((stack) => build(stack).environmentName("qa"))).toThrow(
      /no environment "qa" \(it has staging, prod\)/,
    );
    expect(() =>
      synth(
        (stack) =>
          new ChangeManagedProject(stack, "p", {
            projectId: "p",
            title: "P",
            environments: [
              { id: "prod", title: "A" },
              { id: "prod", title: "B" },
            ],
          }),
      ),
    ).toThrow(/"prod" is listed twice/);
    expect(() =>
      synth(
        (stack) => new ChangeManagedProject(stack, "p", { projectId: "p".repeat(54), title: "P", environments: [] }),
      ),
    ).toThrow(/longer than 53/);
  });
});

describe("ExistingClusterEnrollment", () => {
  const props = {
    instanceId: "legacy",
    title: "Legacy MySQL",
    engine: "MYSQL" as const,
    host: "mysql.internal",
    port: 3306,
    user: "tidemark",
    password: "secret",
  };

  test("makes the server an instance with one ADMIN data source, in an existing environment", () => {
    const synthesized = synth(
      (stack) => new ExistingClusterEnrollment(stack, "legacy", { ...props, environment: "environments/prod" }),
    );
    expect(only(synthesized, "tidemark_instance").config).toEqual({
      resource_id: "legacy",
      title: "Legacy MySQL",
      engine: "MYSQL",
      environment: "environments/prod",
      data_sources: [{ type: "ADMIN", host: "mysql.internal", port: 3306, username: "tidemark", password: "secret" }],
    });
    expect(synthesized.resource.tidemark_environment).toBeUndefined();
    expect(synthesized.resource.tidemark_database).toBeUndefined();
  });

  test("creates an environment of its own when asked, and the instance refers to it", () => {
    const synthesized = synth(
      (stack) =>
        new ExistingClusterEnrollment(stack, "legacy", {
          ...props,
          tls: true,
          syncInterval: "3600s",
          newEnvironment: { id: "legacy", title: "Legacy", protected: true },
        }),
    );
    const environment = only(synthesized, "tidemark_environment");
    expect(environment.config).toEqual({ resource_id: "legacy", title: "Legacy", order: 0, protected: true });
    const instance = only(synthesized, "tidemark_instance").config;
    expect(instance.environment).toBe(ref(environment.address, "name"));
    expect(instance.sync_interval).toBe("3600s");
    expect(instance.data_sources).toEqual([
      expect.objectContaining({ tls: { enabled: true, verify_server_certificate: true } }),
    ]);
  });

  test("enrols each named database into the project, named after the instance by reference", () => {
    const synthesized = synth((stack) => {
      const enrolment = new ExistingClusterEnrollment(stack, "legacy", {
        ...props,
        environment: "environments/prod",
        enrol: { project: "projects/shop", databases: ["orders", "billing"], labels: { tier: "gold" } },
      });
      new TerraformOutput(stack, "databases", { value: enrolment.databaseNames });
    });
    const instance = only(synthesized, "tidemark_instance").address;
    const databases = byField(synthesized, "tidemark_database", "name");
    expect(Object.values(databases).map((d) => d.config)).toEqual(
      ["billing", "orders"].map((db) => ({
        name: `${ref(instance, "name")}/databases/${db}`,
        project: "projects/shop",
        labels: { tier: "gold" },
      })),
    );
    const enrolled = (db: string) => ref(databases[`${ref(instance, "name")}/databases/${db}`]!.address, "name");
    expect(synthesized.output?.databases?.value).toEqual([enrolled("orders"), enrolled("billing")]);
  });

  test("exactly one of environment and newEnvironment; database names known at synth time", () => {
    expect(() => synth((stack) => new ExistingClusterEnrollment(stack, "x", props))).toThrow(/exactly one of/);
    expect(() =>
      synth(
        (stack) =>
          new ExistingClusterEnrollment(stack, "x", {
            ...props,
            environment: "environments/prod",
            newEnvironment: { id: "prod", title: "Prod" },
          }),
      ),
    ).toThrow(/exactly one of/);
    expect(() =>
      synth((stack) => {
        const other = new ExistingClusterEnrollment(stack, "a", { ...props, environment: "environments/prod" });
        new ExistingClusterEnrollment(stack, "b", {
          ...props,
          instanceId: "b",
          environment: "environments/prod",
          enrol: { project: "projects/shop", databases: [other.instance.title] },
        });
      }),
    ).toThrow(/known at synth time/);
  });
});

describe("TidbCloudEnrolledCluster", () => {
  const build = (stack: TerraformStack) =>
    new TidbCloudEnrolledCluster(stack, "orders", {
      displayName: "orders",
      region: "regions/aws-us-east-1",
      spendingLimitMonthly: 1000,
      sqlUserPassword: "s3cret-pass",
      instanceId: "orders",
      newEnvironment: { id: "prod", title: "Production", protected: true },
      enrol: { project: "projects/shop", databases: ["shop"] },
    });

  test("provisions a serverless cluster", () => {
    expect(only(synth(build), "tidbcloud_serverless_cluster").config).toEqual({
      display_name: "orders",
      region: { name: "regions/aws-us-east-1" },
      spending_limit: { monthly: 1000 },
    });
  });

  test("the SQL user is named from the cluster's user_prefix by reference, on that cluster, with the admin role", () => {
    const synthesized = synth(build);
    const cluster = only(synthesized, "tidbcloud_serverless_cluster").address;
    expect(only(synthesized, "tidbcloud_sql_user").config).toEqual({
      cluster_id: ref(cluster, "cluster_id"),
      user_name: `${ref(cluster, "user_prefix")}.tidemark`,
      password: "s3cret-pass",
      builtin_role: "role_admin",
    });
  });

  test("the instance reaches the cluster's public endpoint over TLS, as the SQL user: every value a reference, none a copy", () => {
    const synthesized = synth(build);
    const cluster = only(synthesized, "tidbcloud_serverless_cluster").address;
    const user = only(synthesized, "tidbcloud_sql_user").address;
    const environment = only(synthesized, "tidemark_environment").address;
    const instance = only(synthesized, "tidemark_instance");
    expect(instance.config).toEqual({
      resource_id: "orders",
      title: "orders",
      engine: "TIDB",
      environment: ref(environment, "name"),
      data_sources: [
        {
          type: "ADMIN",
          host: ref(cluster, "endpoints.public.host"),
          port: ref(cluster, "endpoints.public.port"),
          username: ref(user, "user_name"),
          password: ref(user, "password"),
          tls: { enabled: true, verify_server_certificate: true },
        },
      ],
    });
    expect(only(synthesized, "tidemark_database").config).toEqual({
      name: `${ref(instance.address, "name")}/databases/shop`,
      project: "projects/shop",
    });
  });

  test("its getters are references to the cluster, the user and the instance", () => {
    const synthesized = synth((stack) => {
      const orders = build(stack);
      const outputs = { host: orders.host, port: orders.port, user: orders.userName, instance: orders.instanceName };
      for (const [name, value] of Object.entries(outputs)) new TerraformOutput(stack, name, { value });
    });
    const cluster = only(synthesized, "tidbcloud_serverless_cluster").address;
    expect(synthesized.output).toEqual({
      host: { value: ref(cluster, "endpoints.public.host") },
      port: { value: ref(cluster, "endpoints.public.port") },
      user: { value: ref(only(synthesized, "tidbcloud_sql_user").address, "user_name") },
      instance: { value: ref(only(synthesized, "tidemark_instance").address, "name") },
    });
  });

  test("a SQL user name, a role, a TiDB Cloud project and an existing environment can be given", () => {
    const synthesized = synth(
      (stack) =>
        new TidbCloudEnrolledCluster(stack, "orders", {
          displayName: "orders",
          region: "regions/aws-us-east-1",
          tidbCloudProjectId: "1372813089454000000",
          sqlUserName: "cm",
          sqlUserPassword: "pw",
          builtinRole: "role_readwrite",
          instanceId: "orders",
          environment: "environments/prod",
        }),
    );
    const cluster = only(synthesized, "tidbcloud_serverless_cluster");
    expect(cluster.config.project_id).toBe("1372813089454000000");
    expect(only(synthesized, "tidbcloud_sql_user").config).toMatchObject({
      user_name: `${ref(cluster.address, "user_prefix")}.cm`,
      builtin_role: "role_readwrite",
    });
    expect(only(synthesized, "tidemark_instance").config.environment).toBe("environments/prod");
    expect(synthesized.resource.tidemark_environment).toBeUndefined();
  });
});
