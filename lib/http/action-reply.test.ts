import { describe, expect, it } from 'vitest';
import { replyIsDecodable } from './action-reply';

// In the order the body sends them: React sends the root, part 0, last.
const parts = (...entries: [string, string][]) => new Map(entries);

describe('replyIsDecodable', () => {
  it('accepts the arguments React sends for a form action: the state, then a form of its own part', () => {
    expect(replyIsDecodable(parts(['0', '[{"error":"$undefined"},"$K1"]']), 'arguments')).toBe(true);
    expect(replyIsDecodable(parts(['0', '["$undefined"]']), 'arguments')).toBe(true);
  });

  it('accepts an outlined part sent before the root, a bound action without JavaScript, and escaped dollar strings', () => {
    expect(replyIsDecodable(parts(['1', '{"a":"$$5 off"}'], ['0', '["$1"]']), 'arguments')).toBe(true);
    expect(replyIsDecodable(parts(['0', '{"id":"60aa","bound":"$@1"}'], ['1', '[{}]']), 'bound-action')).toBe(true);
    expect(replyIsDecodable(parts(['0', '{"id":"60aa","bound":null}']), 'bound-action')).toBe(true);
  });

  const nested = (depth: number) => `[${'['.repeat(depth)}${']'.repeat(depth)}]`;

  it.each([
    ['no root part', parts()],
    ['a root that is not an argument list', parts(['0', 'null'])],
    ['a root that is not JSON', parts(['0', '{{{{'])],
    ['a part that is not JSON', parts(['1', 'not json'], ['0', '["$1"]'])],
    ['a reference to a part that is not there', parts(['0', '["$@2"]'])],
    ['a reference to a part sent after it', parts(['0', '["$1"]'], ['1', '{}'])],
    ['parts that refer to each other', parts(['1', '["$2"]'], ['2', '["$1"]'], ['0', '["$1"]'])],
    ['a kind of value the app never sends', parts(['0', '["$R1"]'])],
    ['more arguments than Next.js takes', parts(['0', JSON.stringify(new Array(1001).fill(0))])],
    ['nesting deep enough to exhaust a recursive walk', parts(['0', nested(3000)])],
  ])('refuses %s', (_label, reply) => {
    expect(replyIsDecodable(reply, 'arguments')).toBe(false);
  });

  it.each([
    ['names no action', parts(['0', '[]'])],
    ['binds an array-like of a billion arguments', parts(['0', '{"id":"60aa","bound":"$@1"}'], ['1', '{"length":1e9}'])],
    ['binds more arguments than Next.js takes', parts(['0', `{"id":"60aa","bound":${JSON.stringify(new Array(1001).fill(0))}}`])],
  ])('refuses a bound action whose root %s', (_label, reply) => {
    expect(replyIsDecodable(reply, 'bound-action')).toBe(false);
  });
});
