import type { Command } from '../editor/contract';

/** The command stack: a new command clears what could be redone. */
export class UndoStack {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];

  constructor(private readonly limit = 200) {}

  push(command: Command): void {
    this.done.push(command);
    if (this.done.length > this.limit) {
      this.done.shift();
    }
    this.undone.length = 0;
  }

  /** The command to undo (moved to the redo side), or undefined. */
  undo(): Command | undefined {
    const command = this.done.pop();
    if (command !== undefined) {
      this.undone.push(command);
    }
    return command;
  }

  /** The command to redo (moved back to the undo side), or undefined. */
  redo(): Command | undefined {
    const command = this.undone.pop();
    if (command !== undefined) {
      this.done.push(command);
    }
    return command;
  }

  /** Forgets everything (the map was replaced: old inverses no longer fit it). */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }
}
