'use client';

import { useActionState } from 'react';
import { replaceAuthenticator, type AuthenticatorState } from '@/app/account/security/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function ReplaceAuthenticatorForm() {
  const [state, action] = useActionState<AuthenticatorState, FormData>(replaceAuthenticator, {});

  return (
    <ActionForm action={action} error={state.error} aria-label="Confirm it is you">
      <FormMessage />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <VerificationCodeField hint="The 6-digit code your current authenticator app shows now." />
      <SubmitButton pendingLabel="Checking…">Continue to the new QR code</SubmitButton>
    </ActionForm>
  );
}
