data "tidemark_projects" "all" {}
