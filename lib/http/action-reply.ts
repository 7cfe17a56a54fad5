/**
 * What a server action's arguments may look like on the wire, checked before React decodes them.
 * React encodes a call as numbered parts of JSON, part 0 the root; strings that start with `$`
 * are references to other parts or encoded values. React's decoder fails on a missing part or a
 * bad reference with a server error, and sometimes an uncaught exception, so a crafted body is
 * refused here instead. The app's actions take plain data and forms, so only the encodings of
 * those are let through.
 */
export type ReplyRoot = 'arguments' | 'bound-action';

// A reference to another part: an outlined value (`$1`) or a promise of one (`$@1`).
const partReference = /^\$@?([0-9a-f]+)$/;
const plainValue = /^\$(undefined|NaN|Infinity|-Infinity|-0|\$.*|K[0-9a-f]+|D.*|n-?\d{1,300})$/s;

export function replyIsDecodable(parts: Map<string, string>, root: ReplyRoot): boolean {
  const values = new Map<string, unknown>();
  for (const [id, text] of parts) {
    const value = parsedJson(text);
    if (value === undefined) return false;
    values.set(id, value);
  }

  if (!rootHasShape(values.get('0'), root)) return false;
  return [...values.values()].every((value) => referencesResolve(value, values));
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rootHasShape(value: unknown, root: ReplyRoot): boolean {
  if (root === 'arguments') return Array.isArray(value);
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

function referencesResolve(value: unknown, parts: Map<string, unknown>): boolean {
  if (typeof value === 'string') {
    if (!value.startsWith('$')) return true;
    const reference = partReference.exec(value);
    if (reference) return parts.has(String(parseInt(reference[1], 16)));
    return plainValue.test(value);
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, parts));
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).every((item) => referencesResolve(item, parts));
  }
  return true;
}
