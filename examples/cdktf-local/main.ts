// A CDKTF stack that runs here, for real: a MySQL-family server that already exists (a local
// MariaDB) enrolled in Tidemark, with one of its databases in a change-managed project.
//
//   npx tsx main.ts                                  # writes cdktf.out/stacks/cdktf-local/cdk.tf.json
//   cd cdktf.out/stacks/cdktf-local && terraform init && terraform apply
//
// Tidemark's settings come from TIDEMARK_URL, TIDEMARK_SERVICE_ACCOUNT and TIDEMARK_SERVICE_KEY;
// the server's from TF_VAR_mysql_host, TF_VAR_mysql_port, TF_VAR_mysql_user and
// TF_VAR_mysql_password. The database to enrol (default `shop`) must exist on the server; another
// name comes from the context: CDKTF_CONTEXT_JSON='{"database":"orders"}'.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { ChangeManagedProject, ExistingClusterEnrollment, tidemark } from "../../provider/cdktf";

class LocalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tidemark.provider.TidemarkProvider(this, "tidemark", {});

    const host = new TerraformVariable(this, "mysql_host", { type: "string", default: "127.0.0.1" });
    const port = new TerraformVariable(this, "mysql_port", { type: "number", default: 3306 });
    const user = new TerraformVariable(this, "mysql_user", {
      type: "string",
      description: "A user that may read information_schema and run DDL in the enrolled database.",
    });
    const password = new TerraformVariable(this, "mysql_password", { type: "string", sensitive: true });

    const shop = new ChangeManagedProject(this, "shop", {
      projectId: "shop",
      title: "Shop",
      environments: [
        { id: "dev", title: "Development" },
        { id: "prod", title: "Production", protected: true },
      ],
    });
    const local = new ExistingClusterEnrollment(this, "local", {
      instanceId: "local-mariadb",
      title: "Local MariaDB",
      engine: "MARIADB",
      host: host.stringValue,
      port: port.numberValue,
      user: user.stringValue,
      password: password.stringValue,
      environment: shop.environmentName("dev"),
      enrol: { project: shop.projectName, databases: [contextText(this.node.tryGetContext("database")) ?? "shop"] },
    });

    new TerraformOutput(this, "instance", { value: local.instanceName });
    new TerraformOutput(this, "databases", { value: local.databaseNames });
  }
}

const app = new App();
new LocalStack(app, "cdktf-local");
app.synth();

/** A context value given on the command line (`-c database=shop`), when it is text. */
function contextText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
