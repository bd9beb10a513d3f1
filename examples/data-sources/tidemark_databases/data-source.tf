# The gold-tier databases of a project.
data "tidemark_databases" "gold" {
  parent = "projects/orders"
  filter = "labels.tier = \"gold\""
}
