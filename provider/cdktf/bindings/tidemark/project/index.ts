// https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ProjectConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the author of a change may approve it. Turning it on while the project holds a database in a protected environment is for a workspace admin or DBA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#allow_self_approval Project#allow_self_approval}
  */
  readonly allowSelfApproval?: boolean | cdktf.IResolvable;
  /**
  * Databases besides a change's target that the project's statements may name, `instances/{instance}/databases/{database}`: a statement reaching one of them on the target's own instance is not refused by the target boundary, one reaching any other database still is. Only a workspace admin may set or change it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#cross_database_access Project#cross_database_access}
  */
  readonly crossDatabaseAccess?: string[];
  /**
  * Whether SQL review advice at ERROR level blocks a change. Turning it off while the project holds a database in a protected environment is for a workspace admin or DBA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#enforce_sql_review Project#enforce_sql_review}
  */
  readonly enforceSqlReview?: boolean | cdktf.IResolvable;
  /**
  * Free-form key/value labels.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#labels Project#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * Whether changes to databases in protected environments need an approval before they run. Turning it off while the project holds such a database is for a workspace admin or DBA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#require_approval Project#require_approval}
  */
  readonly requireApproval?: boolean | cdktf.IResolvable;
  /**
  * How many different approvers a change needs before it may run, where it needs approval. Lowering it while the project holds a database in a protected environment is for a workspace admin or DBA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#required_approvals Project#required_approvals}
  */
  readonly requiredApprovals?: number;
  /**
  * The project's id, the last segment of its name (`projects/{resource_id}`): 1-63 lower-case letters, digits and hyphens, starting with a letter. Changing it replaces the project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#resource_id Project#resource_id}
  */
  readonly resourceId: string;
  /**
  * The SQL review config changes to this project's databases follow, `reviewConfigs/{id}`; empty for none. Removing or replacing it while the project holds a database in a protected environment is for a workspace admin or DBA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#review_config Project#review_config}
  */
  readonly reviewConfig?: string;
  /**
  * Human-readable title shown in listings.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#title Project#title}
  */
  readonly title: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project tidemark_project}
*/
export class Project extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tidemark_project";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Project resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Project to import
  * @param importFromId The id of the existing Project that should be imported. Refer to the {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Project to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "tidemark_project", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/project tidemark_project} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ProjectConfig
  */
  public constructor(scope: Construct, id: string, config: ProjectConfig) {
    super(scope, id, {
      terraformResourceType: 'tidemark_project',
      terraformGeneratorMetadata: {
        providerName: 'tidemark'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._allowSelfApproval = config.allowSelfApproval;
    this._crossDatabaseAccess = config.crossDatabaseAccess;
    this._enforceSqlReview = config.enforceSqlReview;
    this._labels = config.labels;
    this._requireApproval = config.requireApproval;
    this._requiredApprovals = config.requiredApprovals;
    this._resourceId = config.resourceId;
    this._reviewConfig = config.reviewConfig;
    this._title = config.title;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_self_approval - computed: true, optional: true, required: false
  private _allowSelfApproval?: boolean | cdktf.IResolvable; 
  public get allowSelfApproval() {
    return this.getBooleanAttribute('allow_self_approval');
  }
  public set allowSelfApproval(value: boolean | cdktf.IResolvable) {
    this._allowSelfApproval = value;
  }
  public resetAllowSelfApproval() {
    this._allowSelfApproval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowSelfApprovalInput() {
    return this._allowSelfApproval;
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // cross_database_access - computed: true, optional: true, required: false
  private _crossDatabaseAccess?: string[]; 
  public get crossDatabaseAccess() {
    return this.getListAttribute('cross_database_access');
  }
  public set crossDatabaseAccess(value: string[]) {
    this._crossDatabaseAccess = value;
  }
  public resetCrossDatabaseAccess() {
    this._crossDatabaseAccess = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get crossDatabaseAccessInput() {
    return this._crossDatabaseAccess;
  }

  // enforce_sql_review - computed: true, optional: true, required: false
  private _enforceSqlReview?: boolean | cdktf.IResolvable; 
  public get enforceSqlReview() {
    return this.getBooleanAttribute('enforce_sql_review');
  }
  public set enforceSqlReview(value: boolean | cdktf.IResolvable) {
    this._enforceSqlReview = value;
  }
  public resetEnforceSqlReview() {
    this._enforceSqlReview = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforceSqlReviewInput() {
    return this._enforceSqlReview;
  }

  // etag - computed: true, optional: false, required: false
  public get etag() {
    return this.getStringAttribute('etag');
  }

  // labels - computed: true, optional: true, required: false
  private _labels?: { [key: string]: string }; 
  public get labels() {
    return this.getStringMapAttribute('labels');
  }
  public set labels(value: { [key: string]: string }) {
    this._labels = value;
  }
  public resetLabels() {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels;
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // require_approval - computed: true, optional: true, required: false
  private _requireApproval?: boolean | cdktf.IResolvable; 
  public get requireApproval() {
    return this.getBooleanAttribute('require_approval');
  }
  public set requireApproval(value: boolean | cdktf.IResolvable) {
    this._requireApproval = value;
  }
  public resetRequireApproval() {
    this._requireApproval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requireApprovalInput() {
    return this._requireApproval;
  }

  // required_approvals - computed: true, optional: true, required: false
  private _requiredApprovals?: number; 
  public get requiredApprovals() {
    return this.getNumberAttribute('required_approvals');
  }
  public set requiredApprovals(value: number) {
    this._requiredApprovals = value;
  }
  public resetRequiredApprovals() {
    this._requiredApprovals = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requiredApprovalsInput() {
    return this._requiredApprovals;
  }

  // resource_id - computed: false, optional: false, required: true
  private _resourceId?: string; 
  public get resourceId() {
    return this.getStringAttribute('resource_id');
  }
  public set resourceId(value: string) {
    this._resourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceIdInput() {
    return this._resourceId;
  }

  // review_config - computed: true, optional: true, required: false
  private _reviewConfig?: string; 
  public get reviewConfig() {
    return this.getStringAttribute('review_config');
  }
  public set reviewConfig(value: string) {
    this._reviewConfig = value;
  }
  public resetReviewConfig() {
    this._reviewConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reviewConfigInput() {
    return this._reviewConfig;
  }

  // title - computed: false, optional: false, required: true
  private _title?: string; 
  public get title() {
    return this.getStringAttribute('title');
  }
  public set title(value: string) {
    this._title = value;
  }
  // Temporarily expose input value. Use with caution.
  public get titleInput() {
    return this._title;
  }

  // update_time - computed: true, optional: false, required: false
  public get updateTime() {
    return this.getStringAttribute('update_time');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_self_approval: cdktf.booleanToTerraform(this._allowSelfApproval),
      cross_database_access: cdktf.listMapper(cdktf.stringToTerraform, false)(this._crossDatabaseAccess),
      enforce_sql_review: cdktf.booleanToTerraform(this._enforceSqlReview),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      require_approval: cdktf.booleanToTerraform(this._requireApproval),
      required_approvals: cdktf.numberToTerraform(this._requiredApprovals),
      resource_id: cdktf.stringToTerraform(this._resourceId),
      review_config: cdktf.stringToTerraform(this._reviewConfig),
      title: cdktf.stringToTerraform(this._title),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_self_approval: {
        value: cdktf.booleanToHclTerraform(this._allowSelfApproval),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cross_database_access: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._crossDatabaseAccess),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      enforce_sql_review: {
        value: cdktf.booleanToHclTerraform(this._enforceSqlReview),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      labels: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      require_approval: {
        value: cdktf.booleanToHclTerraform(this._requireApproval),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      required_approvals: {
        value: cdktf.numberToHclTerraform(this._requiredApprovals),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      resource_id: {
        value: cdktf.stringToHclTerraform(this._resourceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      review_config: {
        value: cdktf.stringToHclTerraform(this._reviewConfig),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      title: {
        value: cdktf.stringToHclTerraform(this._title),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
