/**
 * Which store files a document uses. A link to a store table is an object whose `store` field
 * holds the table's sha-256 (`{ store, rows, columns }` for a version's manifest or a run's
 * predictions). The walk looks for that shape anywhere in the document rather than at named
 * fields, so a link added to a new place is counted without changing this function — and a
 * file still in use is never offered for deletion because someone forgot to list its field.
 */
import { isStoreHash } from './layout.js';

/** Every store hash the document links, wherever the link sits. */
export function referencedStoreHashes(doc: unknown): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'store' && typeof child === 'string' && isStoreHash(child)) found.add(child);
      else if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return found;
}
