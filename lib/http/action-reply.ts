/**
 * What a server action's arguments may look like on the wire, checked before React decodes them.
 * React encodes a call as numbered parts of JSON, part 0 the root; strings that start with `$`
 * are references to other parts or encoded values. React's decoder fails on a missing part, a
 * reference to a part it has not read yet, or more arguments than Next.js allows, with a server
 * error and sometimes an uncaught exception, so a crafted body is refused here instead. The app's
 * actions take plain data and forms, so only the encodings of those are let through.
 */
export type ReplyRoot = 'arguments' | 'bound-action';

// Next.js refuses a call with more arguments than this.
const MAX_ARGUMENTS = 1000;
// The app's own arguments nest three deep; this leaves room and keeps every walk below the stack's limit.
const MAX_DEPTH = 32;

// An outlined value, which must come earlier in the body (`$1`), or a promise of one (`$@1`).
const partReference = /^\$(@?)([0-9a-f]+)$/;
const plainValue = /^\$(undefined|NaN|Infinity|-Infinity|-0|\$.*|K[0-9a-f]+|D.*|n-?\d{1,300})$/s;

type Part = { id: string; value: unknown };

/** `parts` in the order the body sent them. */
export function replyIsDecodable(parts: Map<string, string>, root: ReplyRoot): boolean {
  const parsed: Part[] = [];
  for (const [id, text] of parts) {
    const value = parsedJson(text);
    if (value === undefined) return false;
    parsed.push({ id, value });
  }

  const byId = new Map(parsed.map((part) => [part.id, part.value]));
  if (!rootHasShape(byId.get('0'), root, byId)) return false;
  return parsed.every((part, index) => {
    const earlier = new Set(parsed.slice(0, index).map((previous) => previous.id));
    return referencesResolve(part.value, { earlier, all: byId }, 0);
  });
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rootHasShape(value: unknown, root: ReplyRoot, parts: Map<string, unknown>): boolean {
  if (root === 'arguments') return Array.isArray(value) && value.length <= MAX_ARGUMENTS;
  if (typeof value !== 'object' || value === null || typeof (value as { id?: unknown }).id !== 'string') return false;
  return boundArgumentsFit((value as { bound?: unknown }).bound, parts);
}

/** A bound action's arguments: none, a list, or a promise of a list in another part. */
function boundArgumentsFit(bound: unknown, parts: Map<string, unknown>): boolean {
  if (bound === null || bound === undefined) return true;
  const reference = typeof bound === 'string' ? partReference.exec(bound) : null;
  const list = reference?.[1] === '@' ? parts.get(String(parseInt(reference[2]!, 16))) : bound;
  return Array.isArray(list) && list.length <= MAX_ARGUMENTS;
}

type Known = { earlier: Set<string>; all: Map<string, unknown> };

function referencesResolve(value: unknown, known: Known, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string') return stringResolves(value, known);
  if (typeof value !== 'object' || value === null) return true;

  const children = Array.isArray(value) ? value : Object.values(value);
  return children.every((child) => referencesResolve(child, known, depth + 1));
}

function stringResolves(value: string, known: Known): boolean {
  if (!value.startsWith('$')) return true;

  const reference = partReference.exec(value);
  if (!reference) return plainValue.test(value);
  const id = String(parseInt(reference[2]!, 16));
  return reference[1] === '@' ? known.all.has(id) : known.earlier.has(id);
}
