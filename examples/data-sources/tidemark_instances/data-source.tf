data "tidemark_instances" "all" {}

output "tidb_instances" {
  value = [for i in data.tidemark_instances.all.instances : i.name if i.engine == "TIDB"]
}
