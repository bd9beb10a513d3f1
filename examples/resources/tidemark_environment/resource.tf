resource "tidemark_environment" "prod" {
  resource_id = "prod"
  title       = "Production"
  order       = 1
  protected   = true
  labels = {
    tier = "critical"
  }
}
