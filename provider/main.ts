// terraform-provider-tidemark: started by Terraform, never by hand.
import { TidemarkProvider } from "./framework/provider";
import { serve } from "./protocol/serve";
import { DATA_SOURCES } from "./data-sources";
import { RESOURCES } from "./resources";

void serve(new TidemarkProvider(RESOURCES, DATA_SOURCES));
