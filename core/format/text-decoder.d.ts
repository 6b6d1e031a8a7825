// TextDecoder is a global in Node and every browser, but core/ compiles without DOM or Node
// types on purpose; declare just what the loader uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
