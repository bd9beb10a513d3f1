terraform {
  required_providers {
    tidemark = {
      source = "tidemark/tidemark"
    }
  }
}

# Credentials may also come from TIDEMARK_URL, TIDEMARK_SERVICE_ACCOUNT and TIDEMARK_SERVICE_KEY.
provider "tidemark" {
  url             = "http://localhost:8080"
  service_account = "admin@service.tidemark.local"
  service_key     = var.tidemark_service_key
}

variable "tidemark_service_key" {
  type      = string
  sensitive = true
}
