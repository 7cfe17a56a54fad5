import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const required = () => z.string({ error: 'is required' }).trim().min(1, 'is required');

const environmentSchema = z.object({
  COGNITO_REGION: required()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as eu-west-1'),
  COGNITO_USER_POOL_ID: required().regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must look like eu-west-1_AbCdEf123'),
  COGNITO_CLIENT_ID: required().regex(/^[\w+]+$/, 'must be the app client id from the user pool'),
  COGNITO_CLIENT_SECRET: optionalText,
  COGNITO_ENDPOINT: optionalText.pipe(z.url('must be a URL such as http://127.0.0.1:9229').optional()),
  MFA_ISSUER: optionalText.pipe(z.string().max(64, 'must be at most 64 characters').optional()),
  AUTH_SECRET: z
    .string({ error: 'is required: generate one with `openssl rand -base64 32`' })
    .min(32, 'must be at least 32 characters: generate one with `openssl rand -base64 32`'),
  APP_URL: optionalText.pipe(z.url('must be the public URL of the app').optional()),
});

export type AppConfig = {
  region: string;
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
  endpoint?: string;
  issuer: string;
  authSecret: string;
  secureCookies: boolean;
};

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
    authSecret: values.AUTH_SECRET,
    secureCookies: values.APP_URL?.startsWith('https://') ?? false,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
