// https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface MigrationConfig extends cdktf.TerraformMetaArguments {
  /**
  * How long an apply waits for a change that needs approval (`10m`); `0s` fails at once, naming the change to approve.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration#approval_timeout Migration#approval_timeout}
  */
  readonly approvalTimeout?: string;
  /**
  * The directory of `<version>_<name>.sql` files (version: digits, dot-separated parts allowed, compared numerically). An applied file must not change: put a change in a new version.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration#directory Migration#directory}
  */
  readonly directory: string;
  /**
  * The project the changes belong to, `projects/{id}`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration#project Migration#project}
  */
  readonly project: string;
  /**
  * The databases, `instances/{instance}/databases/{database}`, enrolled in the project. A database added later gets every version it lacks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration#targets Migration#targets}
  */
  readonly targets: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration tidemark_migration}
*/
export class Migration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tidemark_migration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Migration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Migration to import
  * @param importFromId The id of the existing Migration that should be imported. Refer to the {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Migration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "tidemark_migration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tidemark/tidemark/latest/docs/resources/migration tidemark_migration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options MigrationConfig
  */
  public constructor(scope: Construct, id: string, config: MigrationConfig) {
    super(scope, id, {
      terraformResourceType: 'tidemark_migration',
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
    this._approvalTimeout = config.approvalTimeout;
    this._directory = config.directory;
    this._project = config.project;
    this._targets = config.targets;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // advice - computed: true, optional: false, required: false
  public get advice() {
    return this.getListAttribute('advice');
  }

  // applied_versions - computed: true, optional: false, required: false
  public get appliedVersions() {
    return this.getListAttribute('applied_versions');
  }

  // approval_timeout - computed: true, optional: true, required: false
  private _approvalTimeout?: string; 
  public get approvalTimeout() {
    return this.getStringAttribute('approval_timeout');
  }
  public set approvalTimeout(value: string) {
    this._approvalTimeout = value;
  }
  public resetApprovalTimeout() {
    this._approvalTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get approvalTimeoutInput() {
    return this._approvalTimeout;
  }

  // directory - computed: false, optional: false, required: true
  private _directory?: string; 
  public get directory() {
    return this.getStringAttribute('directory');
  }
  public set directory(value: string) {
    this._directory = value;
  }
  // Temporarily expose input value. Use with caution.
  public get directoryInput() {
    return this._directory;
  }

  // files - computed: true, optional: false, required: false
  private _files = new cdktf.StringMap(this, "files");
  public get files() {
    return this._files;
  }

  // pending_versions - computed: true, optional: false, required: false
  public get pendingVersions() {
    return this.getListAttribute('pending_versions');
  }

  // project - computed: false, optional: false, required: true
  private _project?: string; 
  public get project() {
    return this.getStringAttribute('project');
  }
  public set project(value: string) {
    this._project = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectInput() {
    return this._project;
  }

  // targets - computed: false, optional: false, required: true
  private _targets?: string[]; 
  public get targets() {
    return this.getListAttribute('targets');
  }
  public set targets(value: string[]) {
    this._targets = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetsInput() {
    return this._targets;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      approval_timeout: cdktf.stringToTerraform(this._approvalTimeout),
      directory: cdktf.stringToTerraform(this._directory),
      project: cdktf.stringToTerraform(this._project),
      targets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._targets),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      approval_timeout: {
        value: cdktf.stringToHclTerraform(this._approvalTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      directory: {
        value: cdktf.stringToHclTerraform(this._directory),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project: {
        value: cdktf.stringToHclTerraform(this._project),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      targets: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._targets),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
