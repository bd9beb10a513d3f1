# What a GitOps repository holds to provision a TiDB Cloud serverless cluster and enrol it in
# Tidemark in one `terraform apply`: the cluster, a SQL user for Tidemark, the cluster as a
# Tidemark instance wired to the cluster's endpoint and the user by reference, a project whose
# protected environment blocks destructive statements, and the databases enrolled into it.

terraform {
  required_providers {
    tidbcloud = {
      source  = "tidbcloud/tidbcloud"
      version = "~> 0.4"
    }
    tidemark = {
      source = "tidemark/tidemark"
    }
  }
}

# Keys from TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY.
provider "tidbcloud" {}

# url, service_account and service_key from TIDEMARK_URL, TIDEMARK_SERVICE_ACCOUNT and TIDEMARK_SERVICE_KEY.
provider "tidemark" {}

resource "tidbcloud_serverless_cluster" "orders" {
  display_name = "orders"
  region = {
    name = var.region
  }
}

# Serverless user names start with the cluster's prefix, known once the cluster exists.
resource "tidbcloud_sql_user" "tidemark" {
  cluster_id   = tidbcloud_serverless_cluster.orders.cluster_id
  user_name    = "${tidbcloud_serverless_cluster.orders.user_prefix}.tidemark"
  password     = var.tidemark_sql_password
  builtin_role = "role_admin"
}

# A review config attached to an environment replaces Tidemark's built-in protected review, so
# this one holds all of its rules, and blocks schema changes that break the running application
# too: the same rules as the CDKTF ChangeManagedProject's default.
resource "tidemark_review_config" "protected" {
  resource_id = "shop-protected"
  title       = "Shop: protected environments"

  rules {
    id    = "statement.disallow-drop-database"
    level = "ERROR"
  }
  rules {
    id    = "statement.disallow-drop-table"
    level = "ERROR"
  }
  rules {
    id    = "statement.disallow-truncate"
    level = "ERROR"
  }
  rules {
    id    = "statement.where.require-update-delete"
    level = "ERROR"
  }
  rules {
    id    = "statement.where.disallow-always-true"
    level = "ERROR"
  }
  rules {
    id    = "column.disallow-drop"
    level = "ERROR"
  }
  rules {
    id    = "column.disallow-rename"
    level = "ERROR"
  }
  rules {
    id    = "table.disallow-rename"
    level = "ERROR"
  }
  rules {
    id    = "table.disallow-engine-without-rows"
    level = "ERROR"
  }
  rules {
    id    = "table.disallow-drop-partition"
    level = "ERROR"
  }
  rules {
    id    = "table.disallow-discard-tablespace"
    level = "ERROR"
  }
  rules {
    id    = "table.disallow-create-or-replace"
    level = "ERROR"
  }
  rules {
    id    = "statement.parse-error"
    level = "ERROR"
  }
  rules {
    id    = "schema.backward-compatibility"
    level = "ERROR"
  }
}

resource "tidemark_environment" "staging" {
  resource_id = "staging"
  title       = "Staging"
  order       = 0
}

resource "tidemark_environment" "prod" {
  resource_id   = "prod"
  title         = "Production"
  order         = 10
  protected     = true
  review_config = tidemark_review_config.protected.name
}

resource "tidemark_project" "shop" {
  resource_id      = "shop"
  title            = "Shop"
  require_approval = true
}

# Created after the cluster and the user, as it reads both; creating it runs a schema sync.
resource "tidemark_instance" "orders" {
  resource_id = "orders"
  title       = "Orders (TiDB Cloud)"
  engine      = "TIDB"
  environment = tidemark_environment.prod.name

  data_sources {
    type     = "ADMIN"
    host     = tidbcloud_serverless_cluster.orders.endpoints.public.host
    port     = tidbcloud_serverless_cluster.orders.endpoints.public.port
    username = tidbcloud_sql_user.tidemark.user_name
    password = tidbcloud_sql_user.tidemark.password
    # TiDB Cloud's public endpoints take TLS connections only.
    tls {
      enabled = true
    }
  }
}

# Each database must exist on the cluster when the instance syncs: Tidemark discovers
# databases, it never creates them.
resource "tidemark_database" "enrolled" {
  for_each = toset(var.databases)
  name     = "${tidemark_instance.orders.name}/databases/${each.key}"
  project  = tidemark_project.shop.name
}
