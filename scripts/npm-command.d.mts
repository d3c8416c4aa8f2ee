/** Types of npm-command.mjs. */

/** `{ command, args, shell }` for `spawnSync` that runs `npm <args>` here. */
export declare function npmCommand(
  args: string[],
  platform?: NodeJS.Platform,
  env?: NodeJS.ProcessEnv,
  nodePath?: string,
): { command: string; args: string[]; shell: boolean };
