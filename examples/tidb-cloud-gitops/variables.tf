variable "region" {
  type        = string
  default     = "regions/aws-us-east-1"
  description = "The cluster's region, `regions/{region-id}`."
}

variable "tidemark_sql_password" {
  type        = string
  sensitive   = true
  description = "Password of the SQL user Tidemark connects as."
}

variable "databases" {
  type        = list(string)
  default     = []
  description = "Databases on the cluster to enrol into the shop project."
}
