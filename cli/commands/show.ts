// `mapwright show <map> [--format json|text]`: the normalized model, so scripts and other tools
// read any map without a YAML parser (json), or a table for people (text).
import { Command, Option } from 'commander';
import { stageBoundaries, STAGE_NUMERALS, type Stage } from '../../core/doctrine/stages.ts';
import { EVOLUTION_ROWS, suggestEvolution } from '../../core/evolution/index.ts';
import { parseMap } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { readMapBytes } from '../files.ts';
import { normalizedMap, type NormalizedMap } from '../normalized-map.ts';
import { diagnosticLine, withFile } from '../report.ts';

interface ShowOptions {
  format: 'json' | 'text';
}

const EXAMPLES = `
Examples:
  mapwright show maps/conference.yaml
  mapwright show maps/conference.yaml --format json | jq '.nodes[] | select(.sourcing == "build") | .id'`;

export function registerShow(program: Command, setExit: SetExit): void {
  program
    .command('show')
    .description('print the normalized map: every node with every field (null where absent) and its stage')
    .argument('<map>', 'map file (.yaml)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, options: ShowOptions) => {
      setExit(await showMap(file, options));
    });
}

export async function showMap(file: string, options: ShowOptions): Promise<number> {
  const read = await readMapBytes(file);
  if (!read.ok) {
    process.stderr.write(`${file}: error file/unreadable cannot read the file: ${read.reason}\n`);
    return EXIT.usage;
  }
  const parsed = parseMap(read.bytes);
  if (!parsed.ok) {
    for (const d of withFile(file, parsed.errors)) process.stderr.write(`${diagnosticLine(d)}\n`);
    return EXIT.findings;
  }
  const model = normalizedMap(parsed.map);
  process.stdout.write(
    options.format === 'json' ? `${JSON.stringify(model, null, 2)}\n` : mapTable(model) + answersText(parsed.map),
  );
  return EXIT.ok;
}

const COLUMNS = ['id', 'kind', 'stage', 'evolution', 'visibility', 'sourcing', 'inside', 'uses'] as const;

/** A plain-text table: one row per node, columns padded to their widest cell. */
export function mapTable(model: NormalizedMap): string {
  const rows = model.nodes.map((n) => [
    n.id,
    n.kind,
    n.stageLabel,
    n.evolve === null ? String(n.evolution) : `${n.evolution} → ${n.evolve}`,
    String(n.visibility),
    n.sourcing ?? '-',
    n.inside ?? '-',
    n.uses.join(', ') || '-',
  ]);
  const table = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((r) => [...(r[c] ?? '')].length)));
  const lines = table.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  const header = `${model.title} (${model.nodes.length} nodes; stages at ${model.stages.boundaries.join(' / ')})`;
  return `${header}\n\n${lines.join('\n')}\n`;
}

/** For each node with recorded cheat-sheet answers: the suggestion, its spread, and every answer. */
export function answersText(map: WardleyMap): string {
  const boundaries = stageBoundaries(map);
  const blocks: string[] = [];
  for (const [id, node] of Object.entries(map.nodes)) {
    const answers = node?.evolutionAnswers;
    const suggestion = answers ? suggestEvolution(answers, boundaries) : undefined;
    if (!answers || !suggestion) continue;
    const [low, high] = suggestion.range;
    const head = `${id}: answers suggest stage ${STAGE_NUMERALS[suggestion.stage]} (evolution ${suggestion.evolution}; drawn at ${node.evolution}), ${suggestion.answered} of ${EVOLUTION_ROWS.length} rows, stages ${STAGE_NUMERALS[low]}–${STAGE_NUMERALS[high]}, spread ${suggestion.spread}`;
    const rows = EVOLUTION_ROWS.filter((r) => answers[r.id] !== undefined).map((r) => {
      const stage = answers[r.id] as Stage;
      return `  ${r.label.padEnd(24)} ${STAGE_NUMERALS[stage].padEnd(3)} ${r.stages[stage - 1]}`;
    });
    blocks.push([head, ...rows].join('\n'));
  }
  return blocks.length === 0 ? '' : `\nWhere they sit (evolution cheat-sheet answers)\n\n${blocks.join('\n\n')}\n`;
}
