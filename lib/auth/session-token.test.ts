import { decode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';

const config = vi.hoisted(() => ({ current: {} as ReturnType<typeof testConfig> }));
vi.mock('@/lib/config', () => ({ getConfig: () => config.current }));

const { decodeSessionCookies, sessionCookieWrites } = await import('./session-token');

describe('session cookies', () => {
  it('over https are __Host- prefixed, Secure, HttpOnly, SameSite=Lax and for the whole site', async () => {
    config.current = testConfig({ secureCookies: true });

    const [cookie] = await sessionCookieWrites({ email: 'a@b.c' });

    expect(cookie!.name).toBe('__Host-next-auth.session-token');
    expect(cookie!.options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
  });

  it('over http keep next-auth’s plain name, still HttpOnly and SameSite=Lax', async () => {
    config.current = testConfig({ secureCookies: false });

    const [cookie] = await sessionCookieWrites({ email: 'a@b.c' });

    expect(cookie!.name).toBe('next-auth.session-token');
    expect(cookie!.options).toMatchObject({ secure: false, httpOnly: true, sameSite: 'lax' });
  });

  it('split a large token over numbered cookies that read back whole, as next-auth reads them', async () => {
    config.current = testConfig();
    const token = { email: 'a@b.c', padding: 'x'.repeat(9000) };

    const writes = await sessionCookieWrites(token);
    const shuffled = [...writes].reverse().map(({ name, value }) => ({ name, value }));

    expect(writes.map((cookie) => cookie.name)).toEqual(
      writes.map((_, index) => `next-auth.session-token.${index}`),
    );
    expect(await decodeSessionCookies([{ name: 'other', value: 'x' }, ...shuffled])).toMatchObject(token);
    const joined = writes.map((cookie) => cookie.value).join('');
    expect(await decode({ token: joined, secret: config.current.authSecret })).toMatchObject(token);
  });

  it('read nothing from a cookie made with another secret', async () => {
    config.current = testConfig();
    const writes = await sessionCookieWrites({ email: 'a@b.c' });
    config.current = testConfig({ authSecret: 'y'.repeat(32) });

    expect(await decodeSessionCookies(writes)).toBeNull();
  });
});
