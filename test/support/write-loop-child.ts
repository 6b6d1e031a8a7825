// Child process of the kill tests and `npm run soak`: writes two versions of a file alternately,
// forever, through one of the real write paths, until the parent kills it with SIGKILL. Prints
// `ready` once one complete version is on disk, so every kill has a previous good version.
//   cli   <map> <versionA> <versionB>          the map's text, then `mapwright fmt` formats it
//   app   <map> <versionA> <versionB>          the app's save (FileService's saveMapFile)
//   draft <folder> <versionA> <versionB> <map> the app's draft of <map>
//   text  <file> <versionA> <versionB>         the atomic writer alone
import fs, { readFileSync, writeSync } from 'node:fs';
import { formatFiles } from '../../cli/commands/fmt.ts';
import { writeMapText } from '../../cli/files.ts';
import { saveMapFile, writeTextAtomically } from '../../files/atomic-save.ts';
import { writeDraft } from '../../files/drafts.ts';

type Step = (text: string) => Promise<void>;

// fmt reports on stdout and stderr: the pipes are kept for `ready` and for failures alone.
const say = process.stdout.write.bind(process.stdout);
const complain = process.stderr.write.bind(process.stderr);
process.stdout.write = () => true;
process.stderr.write = () => true;

// With WRITE_SIGNAL=1, says `write` when write-file-atomic opens its temp file (it looks up fs.open
// at each call), so the parent can kill inside the atomic write rather than anywhere in the loop.
if (process.env.WRITE_SIGNAL === '1') {
  const open = fs.open;
  fs.open = ((...args: Parameters<typeof fs.open>) => {
    writeSync(1, 'write\n');
    return open(...args);
  }) as typeof fs.open;
}

function stepOf(mode: string, target: string, extra: string | undefined): Step {
  switch (mode) {
    case 'cli':
      return async (text) => {
        await writeMapText(target, text);
        if ((await formatFiles([target], { check: false })) !== 0) fail('fmt failed');
      };
    case 'app':
      return async (text) => {
        const saved = await saveMapFile({ path: target, text, baseline: null, overwriteNewer: true });
        if (!saved.ok) fail(saved.message);
      };
    case 'draft':
      return (text) => writeDraft(target, { path: extra ?? '', name: 'soak.yaml' }, text, null);
    case 'text':
      return (text) => writeTextAtomically(target, text);
    default:
      return fail(`unknown mode ${mode}`);
  }
}

function fail(message: string): never {
  complain(`write-loop-child: ${message}\n`);
  process.exit(3);
}

async function loop(): Promise<void> {
  const [mode = '', target = '', a = '', b = '', extra] = process.argv.slice(2);
  const versions = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
  const step = stepOf(mode, target, extra);
  for (let i = 0; ; i++) {
    await step(versions[i % 2] ?? '');
    if (i === 0) say('ready\n');
  }
}

void loop();
