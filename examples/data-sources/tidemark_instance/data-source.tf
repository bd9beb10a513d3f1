data "tidemark_instance" "orders" {
  name = "instances/orders-tidb"
}

output "orders_databases" {
  value = data.tidemark_instance.orders.databases
}
