/**
 * The publisher's CLI (`npm run pack -- keygen | sign | verify | build`): make a key pair, sign a pack the way
 * subscribers' browsers verify it, check a signature, and build a pack from CSV or JSON lines.
 * docs/pack-format.md describes the files it writes.
 */
import { pathToFileURL } from 'node:url';
import { type CliArgs, CliError, option, parseArgs } from './pack/args';
import { buildPack } from './pack/build';
import { keygen } from './pack/keygen';
import { signFile } from './pack/sign';
import { verifyFile } from './pack/verify';

const USAGE = `usage: npm run pack -- <command>
  keygen --out <name>                        write <name>.key.json (private, 0600) and <name>.pub.json
  sign <pack.json> --key <name>.key.json [--embed]
                                             write <pack.json>.sig, or with --embed put meta.signature in the pack
  verify <pack.json> [--sig <file>] [--key <name>.pub.json | --fingerprint "XXXX XXXX XXXX XXXX"]
                                             exit 0 when the signature is good (and by that key), 1 otherwise
  build <input.csv | input.jsonl> --out <pack.onrecord.json> --author <who> --licence <terms>
        [--title <name>] [--description <text>] [--date YYYY-MM-DD]
                                             a pack from the manager's CSV or JSON lines, checked as an import`;

/** Runs one command; returns the exit code and the lines to print (stdout when it passed, stderr otherwise). */
export async function runPackCli(argv: string[]): Promise<{ code: number; lines: string[] }> {
  try {
    const args = parseArgs(argv);
    return await dispatch(args);
  } catch (e) {
    if (e instanceof CliError) return { code: 1, lines: [`error: ${e.message}`] };
    return { code: 1, lines: [`error: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

async function dispatch(args: CliArgs): Promise<{ code: number; lines: string[] }> {
  const [first] = args.positional;
  switch (args.command) {
    case 'keygen':
      return { code: 0, lines: await keygen(required(option(args, 'out'), '--out <name>')) };
    case 'sign':
      return {
        code: 0,
        lines: await signFile(
          required(first, '<pack.json>'),
          required(option(args, 'key'), '--key'),
          args.options.has('embed'),
        ),
      };
    case 'verify': {
      const verdict = await verifyFile(required(first, '<pack.json>'), {
        sig: option(args, 'sig'),
        key: option(args, 'key'),
        fingerprint: option(args, 'fingerprint'),
      });
      return { code: verdict.ok ? 0 : 1, lines: [verdict.line] };
    }
    case 'build':
      return {
        code: 0,
        lines: buildPack(required(first, '<input.csv | input.jsonl>'), {
          out: required(option(args, 'out'), '--out <pack.onrecord.json>'),
          title: option(args, 'title'),
          author: option(args, 'author'),
          licence: option(args, 'licence') ?? option(args, 'license'),
          description: option(args, 'description'),
          date: option(args, 'date'),
        }),
      };
    case 'help':
    case '--help':
      return { code: 0, lines: [USAGE] };
    default:
      return { code: 1, lines: [`error: unknown command "${args.command}"`, USAGE] };
  }
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new CliError(`missing ${what}\n${USAGE}`);
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm run` starts in the package root; paths on the command line mean the publisher's own folder.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const { code, lines } = await runPackCli(process.argv.slice(2));
  (code === 0 ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
  process.exitCode = code;
}
