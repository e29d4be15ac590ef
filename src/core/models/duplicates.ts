/**
 * Possible duplicate customers, for the owner to confirm, never merged silently: names equal once
 * honorifics are removed, names one typo apart, and names sharing a phone number. Typos are found
 * through one-deletion variants (symmetric delete), so a long list is not compared pair by pair.
 */
import { nameKey } from '../read/text';
import { msg } from '../i18n';

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

type AddPair = (x: Person, y: Person, reason: string) => void;

/** Names listed in one shared-phone entry; the rest are counted. */
export const MAX_NAMES_PER_PHONE = 20;

/**
 * People sharing a phone number: two names are one pair; more are one entry naming them all (up
 * to MAX_NAMES_PER_PHONE), since 2,000 rows sharing a shop's number would be 1,999,000 pairs.
 */
function sharedPhones(people: readonly Person[], pairs: Map<string, DuplicateCandidate>, add: AddPair): void {
  const byPhone = new Map<string, Map<string, Person>>();
  for (const p of people) {
    if (p.phone === '') continue;
    const names = byPhone.get(p.phone) ?? new Map<string, Person>();
    if (!names.has(p.name)) names.set(p.name, p);
    byPhone.set(p.phone, names);
  }
  for (const [phone, names] of byPhone) {
    const list = [...names.values()];
    if (list.length === 2) add(list[0], list[1], msg().duplicateWhy.samePhone(phone));
    if (list.length <= 2) continue;
    const sorted = list.map((p) => p.name).sort((x, y) => x.localeCompare(y));
    const shown = sorted.slice(1, 1 + MAX_NAMES_PER_PHONE);
    const more = sorted.length - 1 - shown.length;
    pairs.set(`tel\u0000${phone}`, {
      a: sorted[0],
      b: shown.join(', ') + (more > 0 ? `, ${msg().duplicateWhy.moreNames(more)}` : ''),
      reason: msg().duplicateWhy.samePhoneMany(phone, sorted.length),
    });
  }
}

export function findDuplicates(people: readonly Person[]): DuplicateCandidate[] {
  const pairs = new Map<string, DuplicateCandidate>();
  const add: AddPair = (x, y, reason) => {
    if (x.name === y.name) return;
    const [a, b] = [x.name, y.name].sort((p, q) => p.localeCompare(q));
    const id = `${a}\u0000${b}`;
    if (!pairs.has(id)) pairs.set(id, { a, b, reason });
  };
  sameKeyPairs(
    people,
    (p) => nameKey(p.name, true),
    () => msg().duplicateWhy.sameWithoutTitle,
    add,
  );
  sharedPhones(people, pairs, add);
  typoPairs(people, add);
  return [...pairs.values()].sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

/** Every pair of people with the same non-empty key. */
function sameKeyPairs(
  people: readonly Person[],
  keyOf: (p: Person) => string,
  reason: (p: Person) => string,
  add: AddPair,
): void {
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
}

interface Variant {
  p: Person;
  k: string;
  at: number;
}

const isDigit = (c: string) => c >= '0' && c <= '9';

/**
 * One edit apart: both share a one-deletion variant, or one is a deletion of the other. A
 * difference in a digit is not a typo ("Toko 1" and "Toko 2" are two shops).
 */
function typoPairs(people: readonly Person[], add: AddPair): void {
  const typo = msg().duplicateWhy.typo;
  const variants = new Map<string, Variant[]>();
  const byKey = new Map<string, Person>();
  for (const p of people) {
    const k = nameKey(p.name, true);
    if (k.length < MIN_TYPO_LENGTH - 1) continue;
    byKey.set(k, p);
    for (let at = 0; at < k.length; at++) {
      const v = k.slice(0, at) + k.slice(at + 1);
      const list = variants.get(v) ?? [];
      list.push({ p, k, at });
      variants.set(v, list);
    }
  }
  for (const [k, p] of byKey) {
    if (k.length < MIN_TYPO_LENGTH) continue;
    // Longer names that become this one by deleting one letter.
    for (const q of variants.get(k) ?? []) if (!isDigit(q.k[q.at])) add(p, q.p, typo);
  }
  for (const list of variants.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i], list[j]];
        // The same position deleted from two names of one length: a substituted letter.
        if (x.at !== y.at || x.k === y.k || x.k.length < MIN_TYPO_LENGTH) continue;
        if (isDigit(x.k[x.at]) || isDigit(y.k[y.at])) continue;
        add(x.p, y.p, typo);
      }
    }
  }
}
