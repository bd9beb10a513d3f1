output "host" {
  value = tidbcloud_serverless_cluster.orders.endpoints.public.host
}

output "sql_user" {
  value = tidbcloud_sql_user.tidemark.user_name
}

output "instance" {
  value = tidemark_instance.orders.name
}

output "databases_found" {
  value = tidemark_instance.orders.databases
}
