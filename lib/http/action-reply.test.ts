import { describe, expect, it } from 'vitest';
import { replyIsDecodable } from './action-reply';

const parts = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('replyIsDecodable', () => {
  it('accepts the arguments React sends for a form action: the state, then a form of its own part', () => {
    expect(replyIsDecodable(parts({ '0': '[{"error":"$undefined"},"$K1"]' }), 'arguments')).toBe(true);
    expect(replyIsDecodable(parts({ '0': '["$undefined"]' }), 'arguments')).toBe(true);
  });

  it('accepts outlined parts that exist, a bound action without JavaScript, and escaped dollar strings', () => {
    expect(replyIsDecodable(parts({ '0': '["$1"]', '1': '{"a":"$$5 off"}' }), 'arguments')).toBe(true);
    expect(replyIsDecodable(parts({ '0': '{"id":"60aa","bound":"$@1"}', '1': '[{}]' }), 'bound-action')).toBe(true);
  });

  it.each([
    ['no root part', {}],
    ['a root that is not an argument list', { '0': 'null' }],
    ['a root that is not JSON', { '0': '{{{{' }],
    ['a part that is not JSON', { '0': '["$1"]', '1': 'not json' }],
    ['a reference to a part that is not there', { '0': '["$@2"]' }],
    ['a kind of value the app never sends', { '0': '["$R1"]' }],
  ])('refuses %s', (_label, entries) => {
    expect(replyIsDecodable(parts(entries), 'arguments')).toBe(false);
  });

  it('refuses a bound action whose root names no action', () => {
    expect(replyIsDecodable(parts({ '0': '[]' }), 'bound-action')).toBe(false);
  });
});
