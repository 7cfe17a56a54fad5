'use client';

import { useActionState } from 'react';
import { verifyAuthenticator, type AuthenticatorState } from '@/app/account/security/actions';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function VerifyAuthenticatorForm() {
  const [state, action] = useActionState<AuthenticatorState, FormData>(verifyAuthenticator, {});

  return (
    <form action={action} className="stack" noValidate>
      <FormMessage error={state.error} />
      <TextField
        name="deviceName"
        label="Device name (optional)"
        hint="Helps you recognise this authenticator later, for example “Work phone”."
        autoComplete="off"
        maxLength={64}
        error={state.error}
      />
      <VerificationCodeField error={state.error} />
      <SubmitButton pendingLabel="Verifying…">Verify and turn on</SubmitButton>
    </form>
  );
}
