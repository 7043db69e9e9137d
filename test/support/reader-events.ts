import type { CardReader, CardReaderEvent } from '../../hardware/card-readers/card-reader.ts';

type EventOfType<Type extends CardReaderEvent['type']> = Extract<CardReaderEvent, { type: Type }>;

/** Records every event of a card reader and lets a test wait for the next one it expects. */
export class ReaderEventLog {
  readonly events: CardReaderEvent[] = [];
  #waiters: Array<() => void> = [];

  constructor(reader: CardReader) {
    reader.on('event', (event) => {
      this.events.push(event);
      for (const wake of this.#waiters) wake();
    });
  }

  ofType<Type extends CardReaderEvent['type']>(type: Type): EventOfType<Type>[] {
    return this.events.filter((event): event is EventOfType<Type> => event.type === type);
  }

  /** Card numbers read so far, in order. */
  cards(): string[] {
    return this.ofType('card').map((event) => event.cardNumber);
  }

  /**
   * Resolves once `count` events of `type` have been recorded since the log was created, and rejects after
   * `timeoutMs` with the events seen, so a failing test shows what arrived instead.
   */
  waitForCount<Type extends CardReaderEvent['type']>(type: Type, count: number, timeoutMs = 5_000): Promise<EventOfType<Type>[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const matching = this.ofType(type);
        if (matching.length < count) return false;
        cleanup();
        resolve(matching);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${count} "${type}" events; recorded: ${JSON.stringify(this.events)}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#waiters = this.#waiters.filter((waiter) => waiter !== onEvent);
      };
      const onEvent = (): void => void check();

      if (!check()) this.#waiters.push(onEvent);
    });
  }
}
