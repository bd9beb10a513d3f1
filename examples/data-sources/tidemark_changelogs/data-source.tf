data "tidemark_changelogs" "shop" {
  database = "instances/orders-tidb/databases/shop"
  filter   = "status = \"DONE\""
}

output "shop_versions" {
  value = [for c in data.tidemark_changelogs.shop.changelogs : c.version if c.version != ""]
}
