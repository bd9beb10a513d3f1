data "tidemark_project" "orders" {
  name = "projects/orders"
}
