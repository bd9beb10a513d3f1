// A change's resource name, in a module of its own: the routes and the rollout both name changes,
// and neither should import the other for it.
import { projectName } from "../resources/project";

export const changeName = (projectId: string, id: string): string => `${projectName(projectId)}/changes/${id}`;
