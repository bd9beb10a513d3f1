// terraform-provider-tidemark: started by Terraform, never by hand.
import { TidemarkProvider } from "./framework/provider";
import { serve } from "./protocol/serve";
import { RESOURCES } from "./resources";

void serve(new TidemarkProvider(RESOURCES));
