# An environment is imported by its resource name.
terraform import tidemark_environment.prod environments/prod
