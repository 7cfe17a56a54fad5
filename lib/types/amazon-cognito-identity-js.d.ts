// amazon-cognito-identity-js ships these SRP helpers without type declarations; these cover what
// lib/cognito/srp.ts uses.
import 'amazon-cognito-identity-js';

declare module 'amazon-cognito-identity-js' {
  export class AuthenticationHelper {
    constructor(poolName: string);
    getLargeAValue(callback: (error: Error | null, largeA: import('amazon-cognito-identity-js/lib/BigInteger').default) => void): void;
    getPasswordAuthenticationKey(
      username: string,
      password: string,
      serverB: import('amazon-cognito-identity-js/lib/BigInteger').default,
      salt: import('amazon-cognito-identity-js/lib/BigInteger').default,
      callback: (error: Error | null, key: Uint8Array) => void,
    ): void;
  }

  export class DateHelper {
    /** The time as Cognito wants it in TIMESTAMP: "Tue Mar 3 07:05:09 UTC 2026". */
    getNowString(): string;
  }
}
