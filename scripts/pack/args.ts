/** The publisher CLI's argument reading: a command, its positional arguments and `--flag value` options. */

/** The command line split into what each command reads. */
export interface CliArgs {
  command: string;
  positional: string[];
  options: Map<string, string | true>;
}

/** Flags that take no value; every other `--flag` takes the next argument. */
const SWITCHES = new Set(['embed', 'help']);

/** Splits argv (without node and the script) into command, positional arguments and options. */
export function parseArgs(argv: string[]): CliArgs {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const flag = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!flag) positional.push(arg);
    else if (flag[2] !== undefined) options.set(flag[1] ?? '', flag[2]);
    else if (SWITCHES.has(flag[1] ?? '')) options.set(flag[1] ?? '', true);
    else {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`--${flag[1]} needs a value`);
      options.set(flag[1] ?? '', value);
      i++;
    }
  }
  return { command, positional, options };
}

/** A string option's value, or undefined (a switch given as a string option is a usage error). */
export function option(args: CliArgs, name: string): string | undefined {
  const value = args.options.get(name);
  if (value === true) throw new CliError(`--${name} needs a value`);
  return value;
}

/** A mistake the publisher can fix: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {}
