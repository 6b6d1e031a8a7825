// Child process for the kill-mid-save test: saves two versions of a file alternately, forever,
// through the same atomic writer the app uses, until the parent kills it with SIGKILL.
import { writeTextAtomically } from '../../files/atomic-save.ts';

const [path, size] = [process.argv[2] ?? '', Number(process.argv[3] ?? '200000')];
const versions = ['A', 'B'].map((letter) => `# version ${letter}\n${`${letter}`.repeat(size)}\n`);

let i = 0;
for (;;) {
  await writeTextAtomically(path, versions[i % 2] ?? '');
  if (i === 0) process.stdout.write('ready\n');
  i++;
}
