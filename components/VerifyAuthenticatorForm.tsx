'use client';

import { useActionState } from 'react';
import { verifyAuthenticator, type AuthenticatorState } from '@/app/account/security/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function VerifyAuthenticatorForm() {
  const [state, action] = useActionState<AuthenticatorState, FormData>(verifyAuthenticator, {});

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
      <SubmitButton pendingLabel="Verifying…">Verify and turn on</SubmitButton>
    </ActionForm>
  );
}
