# Rules for production: destructive statements block, style findings inform.
resource "tidemark_review_config" "prod" {
  resource_id = "prod"
  title       = "Production rules"

  rules {
    id    = "statement.disallow-drop-table"
    level = "ERROR"
  }
  rules {
    id    = "statement.where.require-update-delete"
    level = "ERROR"
  }
  rules {
    id      = "naming.index"
    level   = "WARNING"
    payload = jsonencode({ format = "^idx_{{table}}_{{column_list}}$" })
  }
}

resource "tidemark_environment" "prod" {
  resource_id   = "prod"
  title         = "Production"
  protected     = true
  review_config = tidemark_review_config.prod.name
}
