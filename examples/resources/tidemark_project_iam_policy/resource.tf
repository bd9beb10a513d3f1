resource "tidemark_project_iam_policy" "orders" {
  project = tidemark_project.orders.name

  binding {
    role    = "projectOwner"
    members = ["serviceAccounts/platform"]
  }
  binding {
    role    = "projectDeveloper"
    members = [tidemark_service_account.ci.name]
  }
}
