// A CDKTF stack that provisions a TiDB Cloud serverless cluster and enrols it in Tidemark in one
// apply, as examples/tidb-cloud-gitops does in HCL:
//
//   npx tsx main.ts                                  # writes cdktf.out/stacks/cdktf-tidb-cloud/cdk.tf.json
//   cd cdktf.out/stacks/cdktf-tidb-cloud && terraform init && terraform apply
//
// Terraform downloads tidbcloud/tidbcloud 0.4.10 from the registry; its keys come from
// TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY, Tidemark's settings from TIDEMARK_URL,
// TIDEMARK_SERVICE_ACCOUNT and TIDEMARK_SERVICE_KEY. Databases to enrol, which must exist on the
// cluster, come from the context: CDKTF_CONTEXT_JSON='{"databases":["shop"]}'.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { ChangeManagedProject, TidbCloudEnrolledCluster, tidbcloud, tidemark } from "../../provider/cdktf";

class TidbCloudStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tidbcloud.provider.TidbcloudProvider(this, "tidbcloud", {});
    new tidemark.provider.TidemarkProvider(this, "tidemark", {});

    const region = new TerraformVariable(this, "region", {
      type: "string",
      default: "regions/aws-us-east-1",
      description: "The cluster's region, `regions/{region-id}`.",
    });
    const password = new TerraformVariable(this, "tidemark_sql_password", {
      type: "string",
      sensitive: true,
      description: "Password of the SQL user Tidemark connects as.",
    });

    const shop = new ChangeManagedProject(this, "shop", {
      projectId: "shop",
      title: "Shop",
      environments: [
        { id: "staging", title: "Staging" },
        { id: "prod", title: "Production", protected: true },
      ],
    });
    const orders = new TidbCloudEnrolledCluster(this, "orders", {
      displayName: "orders",
      region: region.stringValue,
      sqlUserPassword: password.stringValue,
      instanceId: "orders",
      title: "Orders (TiDB Cloud)",
      environment: shop.environmentName("prod"),
      enrol: { project: shop.projectName, databases: contextList(this.node.tryGetContext("databases")) },
    });

    new TerraformOutput(this, "host", { value: orders.host });
    new TerraformOutput(this, "sql_user", { value: orders.userName });
    new TerraformOutput(this, "instance", { value: orders.instanceName });
  }
}

const app = new App();
new TidbCloudStack(app, "cdktf-tidb-cloud");
app.synth();

/** A context value that lists names (`cdktf.json`'s `"context": { "databases": ["orders"] }`); none otherwise. */
function contextList(value: unknown): string[] {
  return Array.isArray(value) && value.every((v): v is string => typeof v === "string") ? value : [];
}
