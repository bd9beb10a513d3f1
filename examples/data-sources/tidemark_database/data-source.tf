data "tidemark_database" "shop" {
  name = "instances/orders-tidb/databases/shop"
}

output "shop_drifted" {
  value = data.tidemark_database.shop.drifted
}
