'use client';

import { useActionState } from 'react';
import { submitSetupCode, type ChallengeState } from '@/app/(auth)/sign-in/challenge-actions';
import { ActionForm } from '@/components/ActionForm';
import { AuthenticatorCodeFields } from '@/components/AuthenticatorCodeFields';
import { SubmitButton } from '@/components/SubmitButton';

/** The code step of authenticator setup during sign-in (MFA_SETUP); the same fields as in settings. */
export function SignInSetupForm() {
  const [state, action] = useActionState<ChallengeState, FormData>(submitSetupCode, {});

  return (
    <ActionForm action={action} error={state.error}>
      <AuthenticatorCodeFields deviceName={state.deviceName} />
      <SubmitButton pendingLabel="Verifying…">Verify and sign in</SubmitButton>
    </ActionForm>
  );
}
