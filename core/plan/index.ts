// The migration planner's public surface, for the CLI and the canvas plan view.
export { extractionPhases, DEFAULT_MAX_PER_PHASE, type PlanOptions } from './extraction-phases.ts';
export * from './model.ts';
export { planMarkdown } from './render-markdown.ts';
export { planJson, PLAN_SCHEMA_ID } from './render-json.ts';
export { planCsv, CSV_COLUMNS } from './render-csv.ts';
export { planMermaid, planGantt, planFlowchart } from './render-mermaid.ts';
export { planIssues, planIssuesJson, type GithubIssue } from './render-github.ts';
export { httpRoutesFor, ingressesFor, routeFiles, tcpRoutesFor, type PlanRouteContext } from './route-manifests.ts';
export { scheduleFrom, scheduleOf } from './phase-assembly.ts';
export { planForNamespace } from './plan-for-env.ts';
export { PLAN_METHOD, STRATEGY_INVARIANTS } from './plan-method.ts';
export { PLAN_FORMATS, type PlanFormat, type PlanFormatInfo } from './formats.ts';
