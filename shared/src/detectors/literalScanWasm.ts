/**
 * The hot loop of literalScan.ts (parts of a text run through the automaton side by side, as its run4 does) as a
 * small WebAssembly function, assembled here from its bytes: the JavaScript loop spends most of its time on what
 * a compiler of a dynamic language must check at every step (array bounds, number representations), and this
 * one does not, reading a text about twice as fast (the bench corpus: 12 ms → 7 ms for 6 MB, copying the text in
 * included). The scanner falls back to its JavaScript loop where WebAssembly is missing (a browser that forbids
 * it), for texts longer than MAX_TEXT, and for a text with more hits than the lanes have room for.
 *
 * Memory of one instance (one per automaton: its transition table is copied in once), about 1 MB and twice the
 * longest text scanned:
 *
 *   [0, TABLE)             what the function leaves for the caller: where each lane's hits end, the last lane's state
 *   [TABLE, +table)        the transition table, `next[state * 128 + code]` as 16-bit entries
 *   [hits, +LANES·HITS·8)  the hits of each lane, (position, state) pairs of 32-bit integers
 *   [text, +2·n)           the text's UTF-16 code units
 */

export interface LaneScan {
  /**
   * Copies the text's code units into this instance's memory (for the caller to read too, and for `run`); its
   * length is at most MAX_TEXT. Undefined when the memory cannot grow to hold them.
   */
  load(text: string): Uint16Array | undefined;
  /**
   * Runs the loaded text's `[0, LANES·q)` as LANES parts of `q` characters each, lane k starting in `states[k]`;
   * returns the positions and states of the hits by position and the state after the last part, or undefined
   * when a lane found more hits than fit (the caller scans in JavaScript then).
   */
  run(q: number, states: readonly number[]): { ends: number[]; hitStates: number[]; state: number } | undefined;
}

/** The longest text taken (its code units stay in the instance's memory: 2 MB at most). */
export const MAX_TEXT = 1 << 20;
/** Lanes run side by side: each waits on its table reads, and the others' reads overlap them (eight were slower). */
export const LANES = 4;
/** Hits each lane may record; a text with more (an unusual one: hits are rare) is scanned in JavaScript. */
const HITS = 16384;
const TABLE = 64;

/** A scanner's lanes for transition table `next` (16-bit entries), or undefined without WebAssembly. */
export function laneScan(next: Uint16Array, firstOutput: number): LaneScan | undefined {
  const module = compiled();
  if (!module || !wasm) return undefined;
  let exports: Record<string, unknown>;
  try {
    exports = new wasm.Instance(module).exports;
  } catch {
    return undefined;
  }
  const memory = exports.memory as WasmMemory;
  const scan = exports.scan as (...args: number[]) => void;
  const hitsAt = align8(TABLE + next.byteLength);
  const textAt = hitsAt + LANES * HITS * 8;
  const lane = (k: number): number => hitsAt + k * HITS * 8;
  const reserve = (n: number): boolean => {
    const bytes = textAt + 2 * n;
    if (memory.buffer.byteLength >= bytes) return true;
    try {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
      return true;
    } catch {
      return false;
    }
  };
  if (!reserve(0)) return undefined;
  new Uint16Array(memory.buffer, TABLE, next.length).set(next);
  return {
    load(text) {
      if (!reserve(text.length)) return undefined;
      const units = new Uint16Array(memory.buffer, textAt, text.length);
      if (nodeBuffer) nodeBuffer.from(memory.buffer, textAt, 2 * text.length).write(text, 0, 'utf16le');
      else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      return units;
    },
    run(q, states) {
      scan(textAt, q, TABLE, firstOutput, ...states, ...Array.from({ length: LANES }, (_, k) => lane(k)), HITS * 8);
      const out = new Int32Array(memory.buffer, 0, LANES + 1);
      const ends: number[] = [];
      const hitStates: number[] = [];
      for (let k = 0; k < LANES; k++) {
        const count = (out[k] - lane(k)) >> 3;
        if (count > HITS) return undefined;
        const pairs = new Int32Array(memory.buffer, lane(k), 2 * count);
        for (let j = 0; j < pairs.length; j += 2) {
          ends.push(pairs[j]);
          hitStates.push(pairs[j + 1]);
        }
      }
      return { ends, hitStates, state: out[LANES] };
    },
  };
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** Node's `Buffer`, whose encoder copies a string's code units natively; undefined in a browser. */
const nodeBuffer = (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): { write(text: string, offset: number, encoding: 'utf16le'): number } } }).Buffer;

/** The little of the WebAssembly API used here (the core is compiled without the DOM or Node type libraries). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

let module: object | null | undefined;

/** The module, compiled on first use; null when WebAssembly is not available. */
function compiled(): object | null {
  if (module !== undefined) return module;
  try {
    module = wasm ? new wasm.Module(moduleBytes()) : null;
  } catch {
    module = null;
  }
  return module;
}

// The module's bytes (the WebAssembly binary format, https://webassembly.github.io/spec/core/binary/).

const unsigned = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n) b |= 128;
    out.push(b);
  } while (n);
  return out;
};
const signed = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 127;
    n >>= 7;
    if ((n === 0 && !(b & 64)) || (n === -1 && b & 64)) return [...out, b];
    out.push(b | 128);
  }
};
const vector = (items: number[][]): number[] => [...unsigned(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...unsigned(body.length), ...body];
const name = (s: string): number[] => [...unsigned(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

const I32 = 0x7f;
const get = (i: number): number[] => [0x20, ...unsigned(i)];
const set = (i: number): number[] => [0x21, ...unsigned(i)];
const tee = (i: number): number[] => [0x22, ...unsigned(i)];
const constant = (v: number): number[] => [0x41, ...signed(v)];
const ADD = 0x6a;
const MUL = 0x6c;
const AND = 0x71;
const OR = 0x72;
const SHL = 0x74;
const LT_U = 0x49;
const GE_U = 0x4f;
const SELECT = 0x1b;
const IF = 0x04;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const EMPTY = 0x40;
const load16 = (): number[] => [0x2f, 1, 0];
const store = (offset: number): number[] => [0x36, 2, ...unsigned(offset)];

/**
 * scan(text, q, table, firstOutput, s0, s1, s2, s3, out0, out1, out2, out3, room): for i in [0, q), lane k reads
 * the code unit at `text + 2(kq + i)` and steps its state `s_k` (a code of 128 or more leads to state 0); a state
 * at or above `firstOutput` writes the pair (kq + i, s_k) at `out_k` while `room` bytes last, and `out_k` moves on
 * by 8 either way. Then it leaves out0..out3 and s3 at address 0.
 */
function moduleBytes(): Uint8Array {
  const L = LANES;
  // Parameters: text, q, table, firstOutput, the lanes' states, where their hits go, and the room for them.
  const TEXT = 0;
  const Q = 1;
  const TABLE_AT = 2;
  const FIRST = 3;
  const S = Array.from({ length: L }, (_, k) => 4 + k);
  const OUT = Array.from({ length: L }, (_, k) => 4 + L + k);
  const ROOM = 4 + 2 * L;
  // Locals: i, p (text + 2i), c, each lane's byte offset from p (lane 0 has none), where each lane's room ends.
  const I = ROOM + 1;
  const P = I + 1;
  const C = P + 1;
  const OFFSET = Array.from({ length: L }, (_, k) => (k ? C + k : -1));
  const LIMIT = Array.from({ length: L }, (_, k) => C + L + k);
  const lane = (k: number): number[] => [
    ...get(P), ...(k ? [...get(OFFSET[k]), ADD] : []), ...load16(), ...set(C),
    // s_k = c < 128 ? table[(s_k << 7) | c] : 0 (the index masks c, so that the read stays in the table either way)
    ...get(TABLE_AT), ...get(S[k]), ...constant(7), SHL, ...get(C), ...constant(127), AND, OR, ...constant(1), SHL, ADD, ...load16(),
    ...constant(0), ...get(C), ...constant(128), LT_U, SELECT, ...tee(S[k]),
    ...get(FIRST), GE_U, IF, EMPTY,
    ...get(OUT[k]), ...get(LIMIT[k]), LT_U, IF, EMPTY,
    ...get(OUT[k]), ...get(I), ...(k ? [...get(Q), ...constant(k), MUL, ADD] : []), ...store(0),
    ...get(OUT[k]), ...get(S[k]), ...store(4),
    END,
    ...get(OUT[k]), ...constant(8), ADD, ...set(OUT[k]),
    END,
  ];
  const lanes = Array.from({ length: L }, (_, k) => k);
  const body = [
    ...vector([[3 + (L - 1) + L, I32]]),
    ...get(Q), ...constant(1), SHL, ...set(OFFSET[1]),
    ...lanes.slice(2).flatMap((k) => [...get(OFFSET[k - 1]), ...get(OFFSET[1]), ADD, ...set(OFFSET[k])]),
    ...lanes.flatMap((k) => [...get(OUT[k]), ...get(ROOM), ADD, ...set(LIMIT[k])]),
    ...get(TEXT), ...set(P),
    BLOCK, EMPTY, LOOP, EMPTY,
    ...get(I), ...get(Q), GE_U, BR_IF, 1,
    ...lanes.flatMap(lane),
    ...get(I), ...constant(1), ADD, ...set(I),
    ...get(P), ...constant(2), ADD, ...set(P),
    BR, 0,
    END, END,
    ...lanes.flatMap((k) => [...constant(0), ...get(OUT[k]), ...store(4 * k)]),
    ...constant(0), ...get(S[L - 1]), ...store(4 * L),
    END,
  ];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vector([[0x60, ...vector(Array.from({ length: ROOM + 1 }, () => [I32])), 0]])),
    ...section(3, vector([[0]])),
    ...section(5, vector([[0, 1]])),
    ...section(7, vector([[...name('scan'), 0, 0], [...name('memory'), 2, 0]])),
    ...section(10, vector([[...unsigned(body.length), ...body]])),
  ]);
}

/** This module defines no regular expression. */
export const PATTERNS: readonly RegExp[] = [];
