/**
 * Per key, the documents that hold it (define, decide or cite it), in URI order, each once: the
 * index's lists. Kept as compactly as they are read often: a key most documents hold alone is
 * kept as that document's URI, not as a list of one (an array is 56 bytes besides its slot, and a
 * workspace defines thousands of IDs once each); a short list is replaced by an exact-size copy
 * when it grows, as one grown in place keeps room for sixteen more (V8's growth step, about 130
 * bytes), and most keys a workspace cites are cited by two to seven documents.
 */
import { detached } from '../text/chunkMemo.js';

/** Lists up to this long are copied to grow: beyond it, the room a push leaves is small beside the list. */
const SHORT_LIST = 16;

export class UriLists {
  private readonly m = new Map<string, string | string[]>();

  get size(): number {
    return this.m.size;
  }

  keys(): IterableIterator<string> {
    return this.m.keys();
  }

  /** The documents under `k`, in URI order (a fresh list of one for a key one document holds). */
  get(k: string): readonly string[] | undefined {
    const v = this.m.get(k);
    return typeof v === 'string' ? [v] : v;
  }

  /** File `uri` under `k` (it is not there yet), keeping URI order. */
  insert(k: string, uri: string): void {
    const v = this.m.get(k);
    // The key as one flat string: a fact sheet's key is made by concatenation ("document:" + ID), a
    // pair of strings for one, and the index keeps every key a workspace defines or cites.
    if (v === undefined) this.m.set(detached(k), uri);
    else if (typeof v === 'string') this.m.set(k, v < uri ? [v, uri] : [uri, v]);
    else {
      let at = v.length;
      while (at > 0 && v[at - 1]! > uri) at--;
      if (v.length < SHORT_LIST) this.m.set(k, v.slice(0, at).concat(uri, v.slice(at)));
      // An index is built in URI order (the host lists files sorted): nearly always at the end.
      else if (at === v.length) v.push(uri);
      else v.splice(at, 0, uri);
    }
  }

  /** Take `uri` out of `k`'s list, if it is there. */
  take(k: string, uri: string): void {
    const v = this.m.get(k);
    if (v === undefined) return;
    if (typeof v === 'string') {
      if (v === uri) this.m.delete(k);
      return;
    }
    const at = v.indexOf(uri);
    if (at < 0) return;
    if (v.length === 2) this.m.set(k, v[1 - at]!);
    else v.splice(at, 1);
  }
}
