'use client';

import { useActionState } from 'react';
import { submitSetupCode, type ChallengeState } from '@/app/(auth)/sign-in/challenge-actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

/** The code step of authenticator setup during sign-in (MFA_SETUP); the same fields as in settings. */
export function SignInSetupForm() {
  const [state, action] = useActionState<ChallengeState, FormData>(submitSetupCode, {});

  return (
    <ActionForm action={action} error={state.error}>
      <FormMessage />
      <VerificationCodeField />
      <TextField
        name="deviceName"
        label="Device name (optional)"
        hint="Helps you recognise this authenticator later, for example “Work phone”."
        autoComplete="off"
        maxLength={64}
      />
      <SubmitButton pendingLabel="Verifying…">Verify and sign in</SubmitButton>
    </ActionForm>
  );
}
