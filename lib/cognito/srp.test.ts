import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type InitiateAuthCommandInput,
  type RespondToAuthChallengeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';
import { secretHash } from './secret-hash';
import { signInWithPassword } from './sign-in';

const config = vi.hoisted(() => ({ current: {} as ReturnType<typeof testConfig> }));
vi.mock('@/lib/config', () => ({ getConfig: () => config.current }));

const cognito = mockClient(CognitoIdentityProviderClient);

/**
 * The server side of Cognito's SRP-6a, written here with native BigInt and node:crypto so that the
 * app's answer is checked by arithmetic that shares no code with it. The group is RFC 5054's 3072-bit one.
 */
const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const g = 2n;

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

/** Big-endian bytes with a leading zero byte when the top bit is set, as Java's BigInteger writes them. */
function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const hexHash = (hex: string) => sha256(Buffer.from(hex, 'hex')).toString('hex');
const k = BigInt(`0x${hexHash(padHex(N) + padHex(g))}`);

function fakeCognitoSrp(poolName: string, userIdForSrp: string, password: string) {
  const salt = BigInt(`0x${randomBytes(16).toString('hex')}`);
  const x = BigInt(`0x${hexHash(padHex(salt) + sha256(`${poolName}${userIdForSrp}:${password}`).toString('hex'))}`);
  const verifier = modPow(g, x, N);
  const b = BigInt(`0x${randomBytes(32).toString('hex')}`);
  const B = (k * verifier + modPow(g, b, N)) % N;
  const secretBlock = randomBytes(64).toString('base64');

  return {
    challengeParameters: {
      SALT: salt.toString(16),
      SRP_B: B.toString(16),
      SECRET_BLOCK: secretBlock,
      USER_ID_FOR_SRP: userIdForSrp,
      USERNAME: userIdForSrp,
    },
    /** The signature a client that knows the password must send for this A and time. */
    expectedSignature(srpA: string, timestamp: string): string {
      const A = BigInt(`0x${srpA}`);
      const u = BigInt(`0x${hexHash(padHex(A) + padHex(B))}`);
      const S = modPow((A * modPow(verifier, u, N)) % N, b, N);
      const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex')).update(Buffer.from(padHex(S), 'hex')).digest();
      const key = createHmac('sha256', prk).update(Buffer.concat([Buffer.from('Caldera Derived Key'), Buffer.from([1])])).digest().subarray(0, 16);
      return createHmac('sha256', key)
        .update(Buffer.concat([Buffer.from(poolName), Buffer.from(userIdForSrp), Buffer.from(secretBlock, 'base64'), Buffer.from(timestamp)]))
        .digest('base64');
    },
  };
}

/** Plays Cognito for one user: InitiateAuth USER_SRP_AUTH, then PASSWORD_VERIFIER checked for real. */
function serveSrp(userIdForSrp: string, password: string) {
  const server = fakeCognitoSrp('AbCdEf123', userIdForSrp, password);
  let srpA = '';
  cognito.on(InitiateAuthCommand).callsFake((input: InitiateAuthCommandInput) => {
    srpA = input.AuthParameters?.SRP_A ?? '';
    return { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: server.challengeParameters, Session: 'srp-session' };
  });
  cognito.on(RespondToAuthChallengeCommand).callsFake((input: RespondToAuthChallengeCommandInput) => {
    const answer = input.ChallengeResponses ?? {};
    if (answer.PASSWORD_CLAIM_SIGNATURE !== server.expectedSignature(srpA, answer.TIMESTAMP ?? '')) {
      throw Object.assign(new Error('Incorrect username or password.'), { name: 'NotAuthorizedException' });
    }
    return { AuthenticationResult: { AccessToken: 'a', IdToken: 'i' } };
  });
}

beforeEach(() => {
  cognito.reset();
  config.current = testConfig({ authFlow: 'USER_SRP_AUTH' });
});

describe('USER_SRP_AUTH', () => {
  it('proves the password to a server that checks PASSWORD_CLAIM_SIGNATURE, without sending it', async () => {
    serveSrp('3f1c-uuid', 'Correct-horse-1!');

    const step = await signInWithPassword('jane.doe@example.com', 'Correct-horse-1!');

    expect(step).toEqual({ kind: 'signed-in', tokens: { AccessToken: 'a', IdToken: 'i' } });
    const initiate = cognito.commandCalls(InitiateAuthCommand)[0]!.args[0].input;
    expect(initiate.AuthFlow).toBe('USER_SRP_AUTH');
    expect(initiate.AuthParameters?.USERNAME).toBe('jane.doe@example.com');
    expect(initiate.AuthParameters?.SRP_A).toMatch(/^[0-9a-f]{700,}$/);
    expect(JSON.stringify(cognito.calls().map((call) => call.args[0].input))).not.toContain('Correct-horse-1!');
  });

  it('is refused by the same server when the password is wrong', async () => {
    serveSrp('3f1c-uuid', 'Correct-horse-1!');

    await expect(signInWithPassword('jane.doe@example.com', 'Wrong-horse-1!')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('C16 C17 answers PASSWORD_VERIFIER as USER_ID_FOR_SRP, with the secret block, the time and SECRET_HASH', async () => {
    config.current = testConfig({ authFlow: 'USER_SRP_AUTH', clientSecret: 'client-secret' });
    serveSrp('3f1c-uuid', 'Correct-horse-1!');

    await signInWithPassword('jane.doe@example.com', 'Correct-horse-1!');

    const initiate = cognito.commandCalls(InitiateAuthCommand)[0]!.args[0].input;
    expect(initiate.AuthParameters?.SECRET_HASH).toBe(secretHash('jane.doe@example.com', 'client-id', 'client-secret'));
    const answer = cognito.commandCalls(RespondToAuthChallengeCommand)[0]!.args[0].input;
    expect(answer).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER', Session: 'srp-session', ClientId: 'client-id' });
    expect(answer.ChallengeResponses).toMatchObject({
      USERNAME: '3f1c-uuid',
      SECRET_HASH: secretHash('3f1c-uuid', 'client-id', 'client-secret'),
    });
    expect(answer.ChallengeResponses?.TIMESTAMP).toMatch(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} UTC \d{4}$/);
  });

  it('continues into the code step when the pool then asks for the authenticator', async () => {
    serveSrp('3f1c-uuid', 'Correct-horse-1!');
    cognito.on(RespondToAuthChallengeCommand).resolves({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 'mfa-session',
      ChallengeParameters: { USER_ID_FOR_SRP: '3f1c-uuid' },
    });

    const step = await signInWithPassword('jane.doe@example.com', 'Correct-horse-1!');

    expect(step).toMatchObject({ kind: 'code', challenge: { session: 'mfa-session', username: '3f1c-uuid' } });
  });
});
