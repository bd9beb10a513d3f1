# A project's IAM policy is imported by the project's name.
terraform import tidemark_project_iam_policy.orders projects/orders
