// terraform-provider-tidemark: started by Terraform, never by hand.
import { TidemarkProvider } from "./framework/provider";
import { serve } from "./protocol/serve";
import { environmentResource } from "./resources/environment";
import { instanceResource } from "./resources/instance";

/** Every resource type the provider serves. */
export const RESOURCES = [environmentResource, instanceResource];

void serve(new TidemarkProvider(RESOURCES));
