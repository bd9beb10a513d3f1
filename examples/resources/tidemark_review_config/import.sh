# A review config is imported by its resource name.
terraform import tidemark_review_config.prod reviewConfigs/prod
