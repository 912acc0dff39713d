// A memo for the reader's pure functions of one string (what a heading's words say about the
// lines under it, a heading's title, a title cleaned): the same words come back on many lines
// and in many notes. Bounded: past its size it starts again empty, so no vault grows it
// without end. Only for answers that are never changed by whoever receives them.
export class StringMemo<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly max = 20_000) {}

  /** `make(key)`, made once while the memo holds it. */
  get(key: string, make: (key: string) => T): T {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make(key);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}
