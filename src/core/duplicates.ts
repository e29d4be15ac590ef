/**
 * Possible duplicate customers, for the owner to confirm, never merged silently: names equal once
 * honorifics are removed, names one typo apart, and names sharing a phone number. Typos are found
 * through one-deletion variants (symmetric delete), so a long list is not compared pair by pair.
 */
import { nameKey } from './text';

export interface DuplicateCandidate {
  a: string;
  b: string;
  reason: string;
}

/** Shortest name checked for typos: "Ani" and "Ana" are more often two people than one typo. */
export const MIN_TYPO_LENGTH = 5;

interface Person {
  name: string;
  phone: string;
}

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

export function findDuplicates(people: readonly Person[]): DuplicateCandidate[] {
  const pairs = new Map<string, DuplicateCandidate>();
  const add = (x: Person, y: Person, reason: string) => {
    if (x.name === y.name) return;
    const [a, b] = [x.name, y.name].sort((p, q) => p.localeCompare(q));
    const id = `${a}\u0000${b}`;
    if (!pairs.has(id)) pairs.set(id, { a, b, reason });
  };
  const group = (keyOf: (p: Person) => string, reason: (p: Person) => string) => {
    const by = new Map<string, Person[]>();
    for (const p of people) {
      const k = keyOf(p);
      if (k === '') continue;
      const list = by.get(k) ?? [];
      list.push(p);
      by.set(k, list);
    }
    for (const list of by.values())
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) add(list[i], list[j], reason(list[i]));
  };
  group(
    (p) => nameKey(p.name, true),
    () => 'nama sama tanpa sapaan (Bu, Pak, Mas...)',
  );
  group(
    (p) => p.phone,
    (p) => `nomor HP sama (${p.phone})`,
  );
  // One edit apart: both share a one-deletion variant, or one is a deletion of the other.
  const variants = new Map<string, Person[]>();
  const byKey = new Map<string, Person>();
  for (const p of people) {
    const k = nameKey(p.name, true);
    if (k.length < MIN_TYPO_LENGTH - 1) continue;
    byKey.set(k, p);
    for (const v of new Set(deletions(k))) {
      const list = variants.get(v) ?? [];
      list.push(p);
      variants.set(v, list);
    }
  }
  const typo = 'nama beda satu huruf (kemungkinan salah ketik)';
  for (const [k, p] of byKey) {
    if (k.length < MIN_TYPO_LENGTH) continue;
    for (const q of variants.get(k) ?? [])
      if (nameKey(q.name, true).length >= MIN_TYPO_LENGTH) add(p, q, typo);
  }
  for (const list of variants.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i], list[j]];
        const [kx, ky] = [nameKey(x.name, true), nameKey(y.name, true)];
        if (kx.length === ky.length && kx.length >= MIN_TYPO_LENGTH && kx !== ky) add(x, y, typo);
      }
    }
  }
  return [...pairs.values()].sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
