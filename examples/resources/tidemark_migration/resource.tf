# Applies ./migrations/<version>_<name>.sql in version order to the shop databases, through
# review and (for protected environments) approval. Waits up to ten minutes for an approval.
resource "tidemark_migration" "shop" {
  project          = tidemark_project.orders.name
  targets          = ["instances/orders-tidb/databases/shop"]
  directory        = "${path.module}/migrations"
  approval_timeout = "10m"
}

output "applied" {
  value = tidemark_migration.shop.applied_versions
}
