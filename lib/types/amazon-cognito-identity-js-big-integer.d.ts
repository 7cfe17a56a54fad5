// The big-integer class amazon-cognito-identity-js uses for SRP, which it ships without type declarations.
declare module 'amazon-cognito-identity-js/lib/BigInteger' {
  export default class BigInteger {
    constructor(value: string, radix: number);
    toString(radix: number): string;
  }
}
