/**
 * Web-platform globals the core may use: present in Node 20 and in every browser, but declared by
 * neither `lib: ES2022` nor anything `shared/` may depend on (no DOM, no Node typings in the core).
 */
export {};

declare global {
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  }
  class TextEncoder {
    encode(input?: string): Uint8Array;
  }
}
