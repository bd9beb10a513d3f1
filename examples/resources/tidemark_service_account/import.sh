# A service account is imported by its resource name; its key stays unknown until rotated.
terraform import tidemark_service_account.ci serviceAccounts/ci
