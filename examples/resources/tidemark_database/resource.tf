# Enrol a database the instance's schema sync found into a project. Destroying this resource
# returns the database to the default project; it never drops it.
resource "tidemark_database" "shop" {
  name    = "${tidemark_instance.orders.name}/databases/shop"
  project = tidemark_project.orders.name
  labels = {
    tier = "gold"
  }
  # Optional: run this database's changes in another environment than its instance's.
  environment = tidemark_environment.prod.name
}
