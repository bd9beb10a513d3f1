import { errorCode } from "./error-code";

/** A failure to start whose message is ours and safe to print: bad configuration, a busy port. */
export class StartupError extends Error {}

/** What to print when the server cannot start: our own words, never a driver's, on one line. */
export function startupMessage(err: unknown): string {
  const message =
    err instanceof StartupError
      ? err.message
      : `${err instanceof Error ? err.constructor.name : "error"}: an unexpected failure while starting; please report it`;
  return message.replace(/\s*\n\s*/g, " ");
}

/** Why the server cannot listen where it was told to, naming the variable to change. */
export function listenProblem(err: unknown, host: string, port: number): Error {
  const code = errorCode(err);
  switch (code) {
    case "EADDRINUSE":
      return new StartupError(
        `PORT ${port} is already in use on ${host}: stop what holds it, or set PORT to a free port`,
      );
    case "EACCES":
      return new StartupError(`PORT ${port} needs privileges this user does not have: set PORT to a port above 1023`);
    case "EADDRNOTAVAIL":
      return new StartupError(
        `HOST ${host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0`,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new StartupError(`HOST ${host} cannot be resolved: set HOST to an address of this machine, or 0.0.0.0`);
    default:
      return new StartupError(`cannot listen on ${host}:${port} (${code ?? "unknown error"}): check HOST and PORT`);
  }
}
