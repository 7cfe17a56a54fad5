import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const required = () => z.string({ error: 'is required' }).trim().min(1, 'is required');

const wholeNumber = (fallback: number) =>
  optionalText.transform((value, context) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (Number.isInteger(number) && number > 0) return number;

    context.addIssue({ code: 'custom', message: 'must be a whole number above zero' });
    return z.NEVER;
  });

const environmentSchema = z.object({
  COGNITO_REGION: required()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as eu-west-1'),
  COGNITO_USER_POOL_ID: required().regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must look like eu-west-1_AbCdEf123'),
  COGNITO_CLIENT_ID: required().regex(/^[\w+]+$/, 'must be the app client id from the user pool'),
  COGNITO_CLIENT_SECRET: optionalText,
  COGNITO_ENDPOINT: optionalText.pipe(z.url('must be a URL such as http://127.0.0.1:9229').optional()),
  MFA_ISSUER: optionalText.pipe(z.string().max(64, 'must be at most 64 characters').optional()),
  COGNITO_AUTH_FLOW: optionalText.pipe(
    z.enum(['USER_PASSWORD_AUTH', 'USER_SRP_AUTH'], 'must be USER_PASSWORD_AUTH or USER_SRP_AUTH').optional(),
  ),
  COGNITO_MFA_CONFIGURATION: optionalText.pipe(
    z.enum(['OPTIONAL', 'ON'], 'must be OPTIONAL or ON, as the user pool is set').optional(),
  ),
  COGNITO_PASSWORD_MIN_LENGTH: optionalText.pipe(
    z.coerce.number<string | undefined>().int('must be a whole number').min(6, 'must be 6 to 99').max(99, 'must be 6 to 99').optional(),
  ),
  COGNITO_PASSWORD_REQUIRES: optionalText.pipe(
    z
      .string()
      .regex(/^(none|((lowercase|uppercase|numbers|symbols)(,|$))+)$/, 'must list lowercase,uppercase,numbers,symbols (or none)')
      .optional(),
  ),
  AUTH_SECRET: z
    .string({ error: 'is required: generate one with `openssl rand -base64 32`' })
    .min(32, 'must be at least 32 characters: generate one with `openssl rand -base64 32`'),
  APP_URL: optionalText.pipe(z.url('must be the public URL of the app').optional()),
  REDIS_URL: optionalText.pipe(z.url('must be a URL such as redis://127.0.0.1:6379').optional()),
  SESSION_IDLE_MINUTES: wholeNumber(30),
  SESSION_MAX_HOURS: wholeNumber(12),
});

export type AppConfig = {
  region: string;
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
  endpoint?: string;
  issuer: string;
  /** USER_SRP_AUTH for app clients that allow only SRP; the password then never leaves the server. */
  authFlow: 'USER_PASSWORD_AUTH' | 'USER_SRP_AUTH';
  /** The pool's MFA setting (ON: every user must have MFA), which the app cannot read without admin rights. */
  mfaRequired: boolean;
  passwordPolicy: PasswordPolicy;
  authSecret: string;
  secureCookies: boolean;
  redisUrl?: string;
  /** A session unused for this long ends. */
  sessionIdleSeconds: number;
  /** A session ends this long after sign-in, however busy. */
  sessionMaxSeconds: number;
};

/** The user pool's password policy, as set in the pool; Cognito's defaults when not configured. */
export type PasswordPolicy = {
  minimumLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
};

function passwordPolicy(minimumLength = 8, requires = 'lowercase,uppercase,numbers,symbols'): PasswordPolicy {
  const rules = new Set(requires.split(','));
  return {
    minimumLength,
    requireLowercase: rules.has('lowercase'),
    requireUppercase: rules.has('uppercase'),
    requireNumbers: rules.has('numbers'),
    requireSymbols: rules.has('symbols'),
  };
}

export const APP_NAME = 'Cognito MFA';

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`The app is not configured:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = environmentSchema.safeParse({
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? env.NEXTAUTH_SECRET,
    APP_URL: env.APP_URL ?? env.NEXTAUTH_URL,
  });

  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(problems);
  }

  const values = parsed.data;
  return {
    region: values.COGNITO_REGION,
    userPoolId: values.COGNITO_USER_POOL_ID,
    clientId: values.COGNITO_CLIENT_ID,
    clientSecret: values.COGNITO_CLIENT_SECRET,
    endpoint: values.COGNITO_ENDPOINT,
    issuer: values.MFA_ISSUER ?? APP_NAME,
    authFlow: values.COGNITO_AUTH_FLOW ?? 'USER_PASSWORD_AUTH',
    mfaRequired: values.COGNITO_MFA_CONFIGURATION === 'ON',
    passwordPolicy: passwordPolicy(values.COGNITO_PASSWORD_MIN_LENGTH, values.COGNITO_PASSWORD_REQUIRES),
    authSecret: values.AUTH_SECRET,
    secureCookies: values.APP_URL?.startsWith('https://') ?? false,
    redisUrl: values.REDIS_URL,
    sessionIdleSeconds: values.SESSION_IDLE_MINUTES * 60,
    sessionMaxSeconds: values.SESSION_MAX_HOURS * 60 * 60,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
