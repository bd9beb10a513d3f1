resource "tidemark_project" "orders" {
  resource_id = "orders"
  title       = "Orders"
  labels = {
    team = "orders"
  }
  # Changes to protected environments wait for an approval; authors may not approve their own.
  require_approval    = true
  enforce_sql_review  = true
  allow_self_approval = false
}
