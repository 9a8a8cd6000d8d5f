/**
 * Open-block bookkeeping for template scanners: a stack with per-name counts (so that a closer with no
 * opener is found in O(1), even 10,000 blocks deep) and a counted set of block-local variable names.
 */
import type { Span } from '../../types';

export interface OpenBlock {
  /** Block keyword as it must be closed (`if`, `for`, `each`, a Mustache section name). */
  name: string;
  /** The opening tag. */
  span: Span;
  /** Local names this block declared (undeclared when it closes). */
  declared: string[];
}

export class BlockStack<T extends OpenBlock> {
  readonly items: T[] = [];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.items.length;
  }

  top(): T | undefined {
    return this.items[this.items.length - 1];
  }

  push(block: T): void {
    this.items.push(block);
    this.counts.set(block.name, (this.counts.get(block.name) ?? 0) + 1);
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  pop(): T | undefined {
    const block = this.items.pop();
    if (block) this.counts.set(block.name, (this.counts.get(block.name) ?? 1) - 1);
    return block;
  }

  /**
   * Closes the innermost open block named `name`. Returns the blocks that were open inside it (left
   * unclosed: the caller reports them) and the block itself, or undefined when no such block is open.
   */
  close(name: string): { unclosed: T[]; block: T } | undefined {
    if (!this.has(name)) return undefined;
    const unclosed: T[] = [];
    for (;;) {
      const block = this.pop()!;
      if (block.name === name) return { unclosed, block };
      unclosed.push(block);
    }
  }
}

/** Names bound by enclosing blocks (`for x in xs`, `#each xs as |x|`, `set x = …`), counted. */
export class LocalNames {
  private readonly counts = new Map<string, number>();

  declare(name: string, into?: OpenBlock): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    into?.declared.push(name);
  }

  release(block: OpenBlock): void {
    for (const name of block.declared) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    block.declared.length = 0;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
}
