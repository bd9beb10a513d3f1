// https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ServerlessClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * The auto scaling config of the essential cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#auto_scaling ServerlessCluster#auto_scaling}
  */
  readonly autoScaling?: ServerlessClusterAutoScaling;
  /**
  * The automated backup policy of the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#automated_backup_policy ServerlessCluster#automated_backup_policy}
  */
  readonly automatedBackupPolicy?: ServerlessClusterAutomatedBackupPolicy;
  /**
  * The display name of the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#display_name ServerlessCluster#display_name}
  */
  readonly displayName: string;
  /**
  * The encryption settings for the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#encryption_config ServerlessCluster#encryption_config}
  */
  readonly encryptionConfig?: ServerlessClusterEncryptionConfig;
  /**
  * The endpoints for connecting to the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#endpoints ServerlessCluster#endpoints}
  */
  readonly endpoints?: ServerlessClusterEndpoints;
  /**
  * The ID of the project. When not provided, the default project will be used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#project_id ServerlessCluster#project_id}
  */
  readonly projectId?: string;
  /**
  * The region of the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#region ServerlessCluster#region}
  */
  readonly region: ServerlessClusterRegion;
  /**
  * The spending limit of the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#spending_limit ServerlessCluster#spending_limit}
  */
  readonly spendingLimit?: ServerlessClusterSpendingLimit;
}
export interface ServerlessClusterAutoScaling {
  /**
  * The maximum RCU (Request Capacity Unit) of the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#max_rcu ServerlessCluster#max_rcu}
  */
  readonly maxRcu: number;
  /**
  * The minimum RCU (Request Capacity Unit) of the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#min_rcu ServerlessCluster#min_rcu}
  */
  readonly minRcu: number;
}

export function serverlessClusterAutoScalingToTerraform(struct?: ServerlessClusterAutoScaling | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    max_rcu: cdktf.numberToTerraform(struct!.maxRcu),
    min_rcu: cdktf.numberToTerraform(struct!.minRcu),
  }
}


export function serverlessClusterAutoScalingToHclTerraform(struct?: ServerlessClusterAutoScaling | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    max_rcu: {
      value: cdktf.numberToHclTerraform(struct!.maxRcu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_rcu: {
      value: cdktf.numberToHclTerraform(struct!.minRcu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessClusterAutoScalingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterAutoScaling | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxRcu !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxRcu = this._maxRcu;
    }
    if (this._minRcu !== undefined) {
      hasAnyValues = true;
      internalValueResult.minRcu = this._minRcu;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterAutoScaling | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxRcu = undefined;
      this._minRcu = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxRcu = value.maxRcu;
      this._minRcu = value.minRcu;
    }
  }

  // max_rcu - computed: false, optional: false, required: true
  private _maxRcu?: number; 
  public get maxRcu() {
    return this.getNumberAttribute('max_rcu');
  }
  public set maxRcu(value: number) {
    this._maxRcu = value;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRcuInput() {
    return this._maxRcu;
  }

  // min_rcu - computed: false, optional: false, required: true
  private _minRcu?: number; 
  public get minRcu() {
    return this.getNumberAttribute('min_rcu');
  }
  public set minRcu(value: number) {
    this._minRcu = value;
  }
  // Temporarily expose input value. Use with caution.
  public get minRcuInput() {
    return this._minRcu;
  }
}
export interface ServerlessClusterAutomatedBackupPolicy {
  /**
  * The number of days to retain automated backups.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#retention_days ServerlessCluster#retention_days}
  */
  readonly retentionDays?: number;
  /**
  * The UTC time of day in HH:mm format when the automated backup will start.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#start_time ServerlessCluster#start_time}
  */
  readonly startTime?: string;
}

export function serverlessClusterAutomatedBackupPolicyToTerraform(struct?: ServerlessClusterAutomatedBackupPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    retention_days: cdktf.numberToTerraform(struct!.retentionDays),
    start_time: cdktf.stringToTerraform(struct!.startTime),
  }
}


export function serverlessClusterAutomatedBackupPolicyToHclTerraform(struct?: ServerlessClusterAutomatedBackupPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    retention_days: {
      value: cdktf.numberToHclTerraform(struct!.retentionDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    start_time: {
      value: cdktf.stringToHclTerraform(struct!.startTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessClusterAutomatedBackupPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterAutomatedBackupPolicy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._retentionDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.retentionDays = this._retentionDays;
    }
    if (this._startTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.startTime = this._startTime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterAutomatedBackupPolicy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._retentionDays = undefined;
      this._startTime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._retentionDays = value.retentionDays;
      this._startTime = value.startTime;
    }
  }

  // retention_days - computed: true, optional: true, required: false
  private _retentionDays?: number; 
  public get retentionDays() {
    return this.getNumberAttribute('retention_days');
  }
  public set retentionDays(value: number) {
    this._retentionDays = value;
  }
  public resetRetentionDays() {
    this._retentionDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionDaysInput() {
    return this._retentionDays;
  }

  // start_time - computed: true, optional: true, required: false
  private _startTime?: string; 
  public get startTime() {
    return this.getStringAttribute('start_time');
  }
  public set startTime(value: string) {
    this._startTime = value;
  }
  public resetStartTime() {
    this._startTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimeInput() {
    return this._startTime;
  }
}
export interface ServerlessClusterEncryptionConfig {
  /**
  * Whether enhanced encryption is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#enhanced_encryption_enabled ServerlessCluster#enhanced_encryption_enabled}
  */
  readonly enhancedEncryptionEnabled?: boolean | cdktf.IResolvable;
}

export function serverlessClusterEncryptionConfigToTerraform(struct?: ServerlessClusterEncryptionConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enhanced_encryption_enabled: cdktf.booleanToTerraform(struct!.enhancedEncryptionEnabled),
  }
}


export function serverlessClusterEncryptionConfigToHclTerraform(struct?: ServerlessClusterEncryptionConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enhanced_encryption_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enhancedEncryptionEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessClusterEncryptionConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterEncryptionConfig | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enhancedEncryptionEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enhancedEncryptionEnabled = this._enhancedEncryptionEnabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterEncryptionConfig | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enhancedEncryptionEnabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enhancedEncryptionEnabled = value.enhancedEncryptionEnabled;
    }
  }

  // enhanced_encryption_enabled - computed: true, optional: true, required: false
  private _enhancedEncryptionEnabled?: boolean | cdktf.IResolvable; 
  public get enhancedEncryptionEnabled() {
    return this.getBooleanAttribute('enhanced_encryption_enabled');
  }
  public set enhancedEncryptionEnabled(value: boolean | cdktf.IResolvable) {
    this._enhancedEncryptionEnabled = value;
  }
  public resetEnhancedEncryptionEnabled() {
    this._enhancedEncryptionEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enhancedEncryptionEnabledInput() {
    return this._enhancedEncryptionEnabled;
  }
}
export interface ServerlessClusterEndpointsPrivateAws {
}

export function serverlessClusterEndpointsPrivateAwsToTerraform(struct?: ServerlessClusterEndpointsPrivateAws): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function serverlessClusterEndpointsPrivateAwsToHclTerraform(struct?: ServerlessClusterEndpointsPrivateAws): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ServerlessClusterEndpointsPrivateAwsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterEndpointsPrivateAws | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterEndpointsPrivateAws | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // availability_zone - computed: true, optional: false, required: false
  public get availabilityZone() {
    return this.getListAttribute('availability_zone');
  }

  // service_name - computed: true, optional: false, required: false
  public get serviceName() {
    return this.getStringAttribute('service_name');
  }
}
export interface ServerlessClusterEndpointsPrivate {
}

export function serverlessClusterEndpointsPrivateToTerraform(struct?: ServerlessClusterEndpointsPrivate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function serverlessClusterEndpointsPrivateToHclTerraform(struct?: ServerlessClusterEndpointsPrivate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ServerlessClusterEndpointsPrivateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterEndpointsPrivate | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterEndpointsPrivate | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // aws - computed: true, optional: false, required: false
  private _aws = new ServerlessClusterEndpointsPrivateAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }

  // host - computed: true, optional: false, required: false
  public get host() {
    return this.getStringAttribute('host');
  }

  // port - computed: true, optional: false, required: false
  public get port() {
    return this.getNumberAttribute('port');
  }
}
export interface ServerlessClusterEndpointsPublic {
  /**
  * Whether the public endpoint is disabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#disabled ServerlessCluster#disabled}
  */
  readonly disabled?: boolean | cdktf.IResolvable;
}

export function serverlessClusterEndpointsPublicToTerraform(struct?: ServerlessClusterEndpointsPublic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disabled: cdktf.booleanToTerraform(struct!.disabled),
  }
}


export function serverlessClusterEndpointsPublicToHclTerraform(struct?: ServerlessClusterEndpointsPublic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disabled: {
      value: cdktf.booleanToHclTerraform(struct!.disabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessClusterEndpointsPublicOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterEndpointsPublic | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._disabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabled = this._disabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterEndpointsPublic | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._disabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._disabled = value.disabled;
    }
  }

  // disabled - computed: true, optional: true, required: false
  private _disabled?: boolean | cdktf.IResolvable; 
  public get disabled() {
    return this.getBooleanAttribute('disabled');
  }
  public set disabled(value: boolean | cdktf.IResolvable) {
    this._disabled = value;
  }
  public resetDisabled() {
    this._disabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledInput() {
    return this._disabled;
  }

  // host - computed: true, optional: false, required: false
  public get host() {
    return this.getStringAttribute('host');
  }

  // port - computed: true, optional: false, required: false
  public get port() {
    return this.getNumberAttribute('port');
  }
}
export interface ServerlessClusterEndpoints {
  /**
  * The public endpoint for connecting to the cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#public ServerlessCluster#public}
  */
  readonly public?: ServerlessClusterEndpointsPublic;
}

export function serverlessClusterEndpointsToTerraform(struct?: ServerlessClusterEndpoints | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    public: serverlessClusterEndpointsPublicToTerraform(struct!.public),
  }
}


export function serverlessClusterEndpointsToHclTerraform(struct?: ServerlessClusterEndpoints | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    public: {
      value: serverlessClusterEndpointsPublicToHclTerraform(struct!.public),
      isBlock: true,
      type: "struct",
      storageClassType: "ServerlessClusterEndpointsPublic",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessClusterEndpointsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterEndpoints | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._public?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.public = this._public?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterEndpoints | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._public.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._public.internalValue = value.public;
    }
  }

  // private - computed: true, optional: false, required: false
  private _private = new ServerlessClusterEndpointsPrivateOutputReference(this, "private");
  public get private() {
    return this._private;
  }

  // public - computed: true, optional: true, required: false
  private _public = new ServerlessClusterEndpointsPublicOutputReference(this, "public");
  public get public() {
    return this._public;
  }
  public putPublic(value: ServerlessClusterEndpointsPublic) {
    this._public.internalValue = value;
  }
  public resetPublic() {
    this._public.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get publicInput() {
    return this._public.internalValue;
  }
}
export interface ServerlessClusterRegion {
  /**
  * The unique name of the region. The format is `regions/{region-id}`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#name ServerlessCluster#name}
  */
  readonly name: string;
}

export function serverlessClusterRegionToTerraform(struct?: ServerlessClusterRegion | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function serverlessClusterRegionToHclTerraform(struct?: ServerlessClusterRegion | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessClusterRegionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterRegion | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterRegion | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
    }
  }

  // cloud_provider - computed: true, optional: false, required: false
  public get cloudProvider() {
    return this.getStringAttribute('cloud_provider');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // region_id - computed: true, optional: false, required: false
  public get regionId() {
    return this.getStringAttribute('region_id');
  }
}
export interface ServerlessClusterSpendingLimit {
  /**
  * Maximum monthly spending limit in USD cents.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#monthly ServerlessCluster#monthly}
  */
  readonly monthly?: number;
}

export function serverlessClusterSpendingLimitToTerraform(struct?: ServerlessClusterSpendingLimit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    monthly: cdktf.numberToTerraform(struct!.monthly),
  }
}


export function serverlessClusterSpendingLimitToHclTerraform(struct?: ServerlessClusterSpendingLimit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    monthly: {
      value: cdktf.numberToHclTerraform(struct!.monthly),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServerlessClusterSpendingLimitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ServerlessClusterSpendingLimit | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._monthly !== undefined) {
      hasAnyValues = true;
      internalValueResult.monthly = this._monthly;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServerlessClusterSpendingLimit | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._monthly = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._monthly = value.monthly;
    }
  }

  // monthly - computed: true, optional: true, required: false
  private _monthly?: number; 
  public get monthly() {
    return this.getNumberAttribute('monthly');
  }
  public set monthly(value: number) {
    this._monthly = value;
  }
  public resetMonthly() {
    this._monthly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monthlyInput() {
    return this._monthly;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster tidbcloud_serverless_cluster}
*/
export class ServerlessCluster extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tidbcloud_serverless_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServerlessCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServerlessCluster to import
  * @param importFromId The id of the existing ServerlessCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServerlessCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "tidbcloud_serverless_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tidbcloud/tidbcloud/0.4.10/docs/resources/serverless_cluster tidbcloud_serverless_cluster} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServerlessClusterConfig
  */
  public constructor(scope: Construct, id: string, config: ServerlessClusterConfig) {
    super(scope, id, {
      terraformResourceType: 'tidbcloud_serverless_cluster',
      terraformGeneratorMetadata: {
        providerName: 'tidbcloud',
        providerVersion: '0.4.10'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._autoScaling.internalValue = config.autoScaling;
    this._automatedBackupPolicy.internalValue = config.automatedBackupPolicy;
    this._displayName = config.displayName;
    this._encryptionConfig.internalValue = config.encryptionConfig;
    this._endpoints.internalValue = config.endpoints;
    this._projectId = config.projectId;
    this._region.internalValue = config.region;
    this._spendingLimit.internalValue = config.spendingLimit;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // annotations - computed: true, optional: false, required: false
  private _annotations = new cdktf.StringMap(this, "annotations");
  public get annotations() {
    return this._annotations;
  }

  // auto_scaling - computed: false, optional: true, required: false
  private _autoScaling = new ServerlessClusterAutoScalingOutputReference(this, "auto_scaling");
  public get autoScaling() {
    return this._autoScaling;
  }
  public putAutoScaling(value: ServerlessClusterAutoScaling) {
    this._autoScaling.internalValue = value;
  }
  public resetAutoScaling() {
    this._autoScaling.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoScalingInput() {
    return this._autoScaling.internalValue;
  }

  // automated_backup_policy - computed: true, optional: true, required: false
  private _automatedBackupPolicy = new ServerlessClusterAutomatedBackupPolicyOutputReference(this, "automated_backup_policy");
  public get automatedBackupPolicy() {
    return this._automatedBackupPolicy;
  }
  public putAutomatedBackupPolicy(value: ServerlessClusterAutomatedBackupPolicy) {
    this._automatedBackupPolicy.internalValue = value;
  }
  public resetAutomatedBackupPolicy() {
    this._automatedBackupPolicy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automatedBackupPolicyInput() {
    return this._automatedBackupPolicy.internalValue;
  }

  // cluster_id - computed: true, optional: false, required: false
  public get clusterId() {
    return this.getStringAttribute('cluster_id');
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // created_by - computed: true, optional: false, required: false
  public get createdBy() {
    return this.getStringAttribute('created_by');
  }

  // display_name - computed: false, optional: false, required: true
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // encryption_config - computed: true, optional: true, required: false
  private _encryptionConfig = new ServerlessClusterEncryptionConfigOutputReference(this, "encryption_config");
  public get encryptionConfig() {
    return this._encryptionConfig;
  }
  public putEncryptionConfig(value: ServerlessClusterEncryptionConfig) {
    this._encryptionConfig.internalValue = value;
  }
  public resetEncryptionConfig() {
    this._encryptionConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionConfigInput() {
    return this._encryptionConfig.internalValue;
  }

  // endpoints - computed: true, optional: true, required: false
  private _endpoints = new ServerlessClusterEndpointsOutputReference(this, "endpoints");
  public get endpoints() {
    return this._endpoints;
  }
  public putEndpoints(value: ServerlessClusterEndpoints) {
    this._endpoints.internalValue = value;
  }
  public resetEndpoints() {
    this._endpoints.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints.internalValue;
  }

  // labels - computed: true, optional: false, required: false
  private _labels = new cdktf.StringMap(this, "labels");
  public get labels() {
    return this._labels;
  }

  // project_id - computed: true, optional: true, required: false
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  public resetProjectId() {
    this._projectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // region - computed: false, optional: false, required: true
  private _region = new ServerlessClusterRegionOutputReference(this, "region");
  public get region() {
    return this._region;
  }
  public putRegion(value: ServerlessClusterRegion) {
    this._region.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region.internalValue;
  }

  // spending_limit - computed: true, optional: true, required: false
  private _spendingLimit = new ServerlessClusterSpendingLimitOutputReference(this, "spending_limit");
  public get spendingLimit() {
    return this._spendingLimit;
  }
  public putSpendingLimit(value: ServerlessClusterSpendingLimit) {
    this._spendingLimit.internalValue = value;
  }
  public resetSpendingLimit() {
    this._spendingLimit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spendingLimitInput() {
    return this._spendingLimit.internalValue;
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // update_time - computed: true, optional: false, required: false
  public get updateTime() {
    return this.getStringAttribute('update_time');
  }

  // user_prefix - computed: true, optional: false, required: false
  public get userPrefix() {
    return this.getStringAttribute('user_prefix');
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      auto_scaling: serverlessClusterAutoScalingToTerraform(this._autoScaling.internalValue),
      automated_backup_policy: serverlessClusterAutomatedBackupPolicyToTerraform(this._automatedBackupPolicy.internalValue),
      display_name: cdktf.stringToTerraform(this._displayName),
      encryption_config: serverlessClusterEncryptionConfigToTerraform(this._encryptionConfig.internalValue),
      endpoints: serverlessClusterEndpointsToTerraform(this._endpoints.internalValue),
      project_id: cdktf.stringToTerraform(this._projectId),
      region: serverlessClusterRegionToTerraform(this._region.internalValue),
      spending_limit: serverlessClusterSpendingLimitToTerraform(this._spendingLimit.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      auto_scaling: {
        value: serverlessClusterAutoScalingToHclTerraform(this._autoScaling.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessClusterAutoScaling",
      },
      automated_backup_policy: {
        value: serverlessClusterAutomatedBackupPolicyToHclTerraform(this._automatedBackupPolicy.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessClusterAutomatedBackupPolicy",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_config: {
        value: serverlessClusterEncryptionConfigToHclTerraform(this._encryptionConfig.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessClusterEncryptionConfig",
      },
      endpoints: {
        value: serverlessClusterEndpointsToHclTerraform(this._endpoints.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessClusterEndpoints",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region: {
        value: serverlessClusterRegionToHclTerraform(this._region.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessClusterRegion",
      },
      spending_limit: {
        value: serverlessClusterSpendingLimitToHclTerraform(this._spendingLimit.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ServerlessClusterSpendingLimit",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
