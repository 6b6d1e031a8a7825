export { exportMermaid, fencedMermaid, type MermaidExport } from './export.ts';
