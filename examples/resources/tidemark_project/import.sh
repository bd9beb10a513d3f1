# A project is imported by its resource name.
terraform import tidemark_project.orders projects/orders
