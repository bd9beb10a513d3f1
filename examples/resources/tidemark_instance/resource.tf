resource "tidemark_instance" "orders" {
  resource_id = "orders-tidb"
  title       = "Orders (TiDB)"
  engine      = "TIDB"
  environment = tidemark_environment.prod.name
  labels = {
    team = "orders"
  }

  data_sources {
    type     = "ADMIN"
    host     = "gateway01.eu-central-1.prod.aws.tidbcloud.com"
    port     = 4000
    username = "2abc.tidemark"
    password = var.orders_admin_password
    tls {
      enabled = true
    }
  }
}

variable "orders_admin_password" {
  type      = string
  sensitive = true
}

# The databases the last schema sync found.
output "orders_databases" {
  value = tidemark_instance.orders.databases
}
