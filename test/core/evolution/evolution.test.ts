import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../core/doctrine/check.ts';
import { DEFAULT_BOUNDARIES, stageOf, type Stage } from '../../../core/doctrine/stages.ts';
import {
  EVOLUTION_ROW_IDS,
  EVOLUTION_ROWS,
  stageMiddles,
  suggestEvolution,
  type EvolutionAnswers,
} from '../../../core/evolution/index.ts';
import { parseMap } from '../../../core/format/parse.ts';
import { placeByAnswers } from '../../../core/model/evolution-answers.ts';

const stage = fc.constantFrom<Stage>(1, 2, 3, 4);
const answers: fc.Arbitrary<EvolutionAnswers> = fc.dictionary(fc.constantFrom(...EVOLUTION_ROW_IDS), stage, {
  minKeys: 1,
});

function doc(file: string) {
  const parsed = parseMap(readFileSync(file));
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return parsed.document;
}

describe("Wardley's evolution cheat sheet", () => {
  it('has the fifteen characteristics, each described for the four stages', () => {
    expect(EVOLUTION_ROWS.map((r) => r.label)).toEqual([
      'Ubiquity',
      'Certainty',
      'Publication types',
      'Market',
      'Knowledge management',
      'Market perception',
      'User perception',
      'Perception in industry',
      'Focus of value',
      'Understanding',
      'Comparison',
      'Failure',
      'Market action',
      'Efficiency',
      'Decision drivers',
    ]);
    for (const r of EVOLUTION_ROWS) for (const text of r.stages) expect(text.length).toBeGreaterThan(2);
  });
});

describe('suggestEvolution', () => {
  it('every row in one stage suggests the middle of that stage, with no spread', () => {
    const all = (s: Stage) => Object.fromEntries(EVOLUTION_ROW_IDS.map((id) => [id, s])) as EvolutionAnswers;
    expect(suggestEvolution(all(3))).toMatchObject({
      stage: 3,
      evolution: 0.55,
      spread: 0,
      range: [3, 3],
      answered: 15,
    });
    expect(suggestEvolution(all(1), [0.25, 0.5, 0.75])?.evolution).toBe(0.125);
  });

  it('mixed answers give their mean place and say how far apart they are', () => {
    const s = suggestEvolution({ ubiquity: 2, market: 4 });
    expect(s).toMatchObject({ answered: 2, range: [2, 4], spread: 1 });
    expect(s?.evolution).toBeCloseTo((stageMiddles()[1] + stageMiddles()[3]) / 2, 3);
  });

  it('ignores rows and stages the cheat sheet does not have; nothing usable suggests nothing', () => {
    expect(suggestEvolution({} as EvolutionAnswers)).toBeUndefined();
    expect(suggestEvolution({ nonsense: 2, ubiquity: 7 } as unknown as EvolutionAnswers)).toBeUndefined();
  });

  it('the suggestion always lies between the lowest and highest stage chosen, inside 0…1', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const s = suggestEvolution(a, DEFAULT_BOUNDARIES);
        expect(s).toBeDefined();
        if (!s) return;
        expect(s.evolution).toBeGreaterThanOrEqual(0);
        expect(s.evolution).toBeLessThanOrEqual(1);
        expect(s.stage).toBeGreaterThanOrEqual(s.range[0]);
        expect(s.stage).toBeLessThanOrEqual(s.range[1]);
        expect(s.stage).toBe(stageOf(s.evolution));
      }),
    );
  });
});

describe('placeByAnswers', () => {
  it('moves the node to the suggestion and records the answers in cheat-sheet order, in one edit', () => {
    const before = doc('test/fixtures/cli/clean.yaml');
    const r = placeByAnswers(before, 'brewing', { market: 3, ubiquity: 3, certainty: 2 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const node = r.document.map.nodes['brewing'];
    expect(node?.evolution).toBe(suggestEvolution({ market: 3, ubiquity: 3, certainty: 2 })?.evolution);
    expect(node?.visibility).toBe(0.5);
    expect(r.document.text).toContain(
      '    evolutionAnswers:\n      ubiquity: 3\n      certainty: 2\n      market: 3\n',
    );
    expect(parseMap(r.document.text).ok).toBe(true);
  });

  it('refuses an unknown node and an empty questionnaire', () => {
    const before = doc('test/fixtures/cli/clean.yaml');
    expect(placeByAnswers(before, 'ghost', { ubiquity: 1 }).ok).toBe(false);
    expect(placeByAnswers(before, 'brewing', {}).ok).toBe(false);
  });
});

describe('doctrine: evolution/answers-disagree', () => {
  it('flags a node drawn more than a stage away from its answers, at its evolution line, unless ignored', () => {
    const findings = checkDocument(doc('test/fixtures/cli/answers.yaml')).filter(
      (d) => d.rule === 'evolution/answers-disagree',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ node: 'kettle', line: 14, column: 16, severity: 'warning' });
    expect(findings[0]?.message).toContain('stage I');
  });

  it('is quiet when answers and position agree within a stage', () => {
    const placed = placeByAnswers(doc('test/fixtures/cli/answers.yaml'), 'kettle', {
      ubiquity: 4,
      certainty: 4,
      market: 3,
    });
    if (!placed.ok) throw new Error('placing failed');
    expect(checkDocument(placed.document).map((d) => d.rule)).not.toContain('evolution/answers-disagree');
  });
});
