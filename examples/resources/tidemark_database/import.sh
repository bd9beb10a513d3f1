# A database is imported by its name.
terraform import tidemark_database.shop instances/orders-tidb/databases/shop
