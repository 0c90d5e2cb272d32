// An async iterator that can look one item ahead: the JSON export walks a batch's claims
// and takes from the evidence and history streams (ordered by claim the same way) only the
// items of the claim it is writing.
export function peekable<T>(source: AsyncIterator<T> | AsyncIterable<T>) {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source;
  let head: IteratorResult<T> | null = null;
  const peek = async () => (head ??= await iterator.next());
  return {
    /** Yields items while `accept` holds; the first refused item stays for the next call. */
    async *takeWhile(accept: (item: T) => boolean): AsyncGenerator<T> {
      for (;;) {
        const next = await peek();
        if (next.done || !accept(next.value)) return;
        head = null;
        yield next.value;
      }
    },
  };
}
