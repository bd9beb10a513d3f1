# An instance is imported by its resource name. Passwords cannot be read back from the API:
# keep `password` in the configuration and the next apply stores it in state.
terraform import tidemark_instance.orders instances/orders-tidb
