import type { PasswordPolicy } from '@/lib/config';

// The characters Cognito counts as symbols in a password policy.
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

type Rule = { requirement: string; missing: string; met: (password: string) => boolean };

function rules(policy: PasswordPolicy): Rule[] {
  const all: (Rule | false)[] = [
    {
      requirement: `at least ${policy.minimumLength} characters`,
      missing: `at least ${policy.minimumLength} characters`,
      met: (password) => [...password].length >= policy.minimumLength,
    },
    policy.requireLowercase && {
      requirement: 'a lowercase letter',
      missing: 'a lowercase letter (a–z)',
      met: (password) => /[a-z]/.test(password),
    },
    policy.requireUppercase && {
      requirement: 'an uppercase letter',
      missing: 'an uppercase letter (A–Z)',
      met: (password) => /[A-Z]/.test(password),
    },
    policy.requireNumbers && {
      requirement: 'a number',
      missing: 'a number (0–9)',
      met: (password) => /[0-9]/.test(password),
    },
    policy.requireSymbols && {
      requirement: 'a symbol such as ! ? # or -',
      missing: 'a symbol such as ! ? # or -',
      met: (password) => SYMBOLS.test(password),
    },
  ];
  return all.filter((rule): rule is Rule => rule !== false);
}

function list(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Each requirement of the policy, as the sign-up and new-password forms list them. */
export function passwordRequirements(policy: PasswordPolicy): string[] {
  return rules(policy).map((rule) => rule.requirement);
}

/** The policy in one sentence, for a field's hint and for Cognito's InvalidPasswordException. */
export function describePasswordPolicy(policy: PasswordPolicy): string {
  return `Use ${list(passwordRequirements(policy))}.`;
}

/**
 * What the password lacks, in one sentence, or null when it meets the policy. Checked before any
 * Cognito call so the person learns every missing part at once. Cognito also refuses a password
 * that starts or ends with a space.
 */
export function passwordProblem(password: string, policy: PasswordPolicy): string | null {
  if (password !== password.trim()) return 'Your password cannot start or end with a space.';
  const missing = rules(policy).filter((rule) => !rule.met(password));
  return missing.length ? `Your password needs ${list(missing.map((rule) => rule.missing))}.` : null;
}
