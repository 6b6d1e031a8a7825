// Types of bin/compiled-cli.js (plain JavaScript: it runs before anything could compile TypeScript).
export declare const BUNDLE: string;
export declare const CODE_CACHE: string;
export declare const INPUTS: string;

export interface CompiledCli {
  main(argv?: readonly string[]): Promise<number>;
  /** True when the run compiled the bundle itself: no code cache, or V8 or the bundle's date refused it. */
  cacheRejected: boolean;
  saveCodeCache(): void;
}

export declare function compiledCliIsCurrent(root: string): boolean;
export declare function loadCompiledCli(root: string): CompiledCli;
