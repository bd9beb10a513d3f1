data "tidemark_environment" "prod" {
  name = "environments/prod"
}
