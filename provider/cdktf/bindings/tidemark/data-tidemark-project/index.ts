// https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/data-sources/project
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataTidemarkProjectConfig extends cdktf.TerraformMetaArguments {
  /**
  * The resource name to read.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/data-sources/project#name DataTidemarkProject#name}
  */
  readonly name: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/data-sources/project tidemark_project}
*/
export class DataTidemarkProject extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tidemark_project";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataTidemarkProject resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataTidemarkProject to import
  * @param importFromId The id of the existing DataTidemarkProject that should be imported. Refer to the {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/data-sources/project#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataTidemarkProject to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "tidemark_project", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/data-sources/project tidemark_project} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataTidemarkProjectConfig
  */
  public constructor(scope: Construct, id: string, config: DataTidemarkProjectConfig) {
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
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_self_approval - computed: true, optional: false, required: false
  public get allowSelfApproval() {
    return this.getBooleanAttribute('allow_self_approval');
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // cross_database_access - computed: true, optional: false, required: false
  public get crossDatabaseAccess() {
    return this.getListAttribute('cross_database_access');
  }

  // enforce_sql_review - computed: true, optional: false, required: false
  public get enforceSqlReview() {
    return this.getBooleanAttribute('enforce_sql_review');
  }

  // etag - computed: true, optional: false, required: false
  public get etag() {
    return this.getStringAttribute('etag');
  }

  // labels - computed: true, optional: false, required: false
  private _labels = new cdktf.StringMap(this, "labels");
  public get labels() {
    return this._labels;
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

  // require_approval - computed: true, optional: false, required: false
  public get requireApproval() {
    return this.getBooleanAttribute('require_approval');
  }

  // required_approvals - computed: true, optional: false, required: false
  public get requiredApprovals() {
    return this.getNumberAttribute('required_approvals');
  }

  // review_config - computed: true, optional: false, required: false
  public get reviewConfig() {
    return this.getStringAttribute('review_config');
  }

  // title - computed: true, optional: false, required: false
  public get title() {
    return this.getStringAttribute('title');
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
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
