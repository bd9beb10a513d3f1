// https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface EnvironmentConfig extends cdktf.TerraformMetaArguments {
  /**
  * Free-form key/value labels.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment#labels Environment#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * Position in rollout order; lower runs first.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment#order Environment#order}
  */
  readonly order?: number;
  /**
  * Whether changes to databases in this environment need approval and the built-in safety review. Only a workspace admin or DBA may turn it off.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment#protected Environment#protected}
  */
  readonly protected?: boolean | cdktf.IResolvable;
  /**
  * The environment's id, the last segment of its name (`environments/{resource_id}`): 1-63 lower-case letters, digits and hyphens, starting with a letter. Changing it replaces the environment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment#resource_id Environment#resource_id}
  */
  readonly resourceId: string;
  /**
  * The SQL review config changes to this environment's databases follow, `reviewConfigs/{id}`; empty for none. A protected environment without one gets the built-in safety config.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment#review_config Environment#review_config}
  */
  readonly reviewConfig?: string;
  /**
  * Human-readable title shown in listings.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment#title Environment#title}
  */
  readonly title: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment tidemark_environment}
*/
export class Environment extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tidemark_environment";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Environment resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Environment to import
  * @param importFromId The id of the existing Environment that should be imported. Refer to the {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Environment to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "tidemark_environment", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/environment tidemark_environment} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EnvironmentConfig
  */
  public constructor(scope: Construct, id: string, config: EnvironmentConfig) {
    super(scope, id, {
      terraformResourceType: 'tidemark_environment',
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
    this._labels = config.labels;
    this._order = config.order;
    this._protected = config.protected;
    this._resourceId = config.resourceId;
    this._reviewConfig = config.reviewConfig;
    this._title = config.title;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
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

  // order - computed: true, optional: true, required: false
  private _order?: number; 
  public get order() {
    return this.getNumberAttribute('order');
  }
  public set order(value: number) {
    this._order = value;
  }
  public resetOrder() {
    this._order = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderInput() {
    return this._order;
  }

  // protected - computed: true, optional: true, required: false
  private _protected?: boolean | cdktf.IResolvable; 
  public get protected() {
    return this.getBooleanAttribute('protected');
  }
  public set protected(value: boolean | cdktf.IResolvable) {
    this._protected = value;
  }
  public resetProtected() {
    this._protected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protectedInput() {
    return this._protected;
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
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      order: cdktf.numberToTerraform(this._order),
      protected: cdktf.booleanToTerraform(this._protected),
      resource_id: cdktf.stringToTerraform(this._resourceId),
      review_config: cdktf.stringToTerraform(this._reviewConfig),
      title: cdktf.stringToTerraform(this._title),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      labels: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      order: {
        value: cdktf.numberToHclTerraform(this._order),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      protected: {
        value: cdktf.booleanToHclTerraform(this._protected),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
