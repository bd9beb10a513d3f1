data "tidemark_database_schema" "shop" {
  name = "instances/orders-tidb/databases/shop"
}

output "shop_tables" {
  value = [for t in data.tidemark_database_schema.shop.tables : t.name]
}
