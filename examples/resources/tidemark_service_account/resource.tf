resource "tidemark_service_account" "ci" {
  resource_id = "ci"
  title       = "CI pipeline"
  role        = "workspaceMember"
  # Change any value to rotate the key.
  rotation_trigger = {
    rotated = "2026-11"
  }
}

# The key is sensitive: hand it to the CI system's secret store.
output "ci_key" {
  value     = tidemark_service_account.ci.key
  sensitive = true
}
