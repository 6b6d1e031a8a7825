// Every rendering of the canonical plan, by the name `mapwright plan --format` and the app's
// export dialog use, with the file extension each is saved under.
import type { Plan } from './model.ts';
import { planCsv } from './render-csv.ts';
import { planIssuesJson } from './render-github.ts';
import { planJson } from './render-json.ts';
import { planMarkdown } from './render-markdown.ts';
import { planMermaid } from './render-mermaid.ts';

export interface PlanFormatInfo {
  label: string;
  extension: string;
  render: (plan: Plan) => string;
}

export const PLAN_FORMATS = {
  md: { label: 'Markdown', extension: 'md', render: planMarkdown },
  json: { label: 'JSON', extension: 'json', render: planJson },
  csv: { label: 'CSV', extension: 'csv', render: planCsv },
  mermaid: { label: 'Mermaid', extension: 'mmd', render: planMermaid },
  github: { label: 'GitHub issues (JSON)', extension: 'issues.json', render: planIssuesJson },
} as const satisfies Record<string, PlanFormatInfo>;

export type PlanFormat = keyof typeof PLAN_FORMATS;
