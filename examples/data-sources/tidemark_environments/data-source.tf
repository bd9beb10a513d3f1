data "tidemark_environments" "all" {}

output "protected_environments" {
  value = [for e in data.tidemark_environments.all.environments : e.name if e.protected]
}
