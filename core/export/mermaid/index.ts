export { exportMermaid, fencedMermaid, type MermaidExport } from './export.ts';
export { importMermaid, type MermaidImport } from './import.ts';
