'use client';

import { useActionState } from 'react';
import { turnOffAuthenticator, type AuthenticatorState } from '@/app/account/security/actions';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function TurnOffAuthenticatorForm() {
  const [state, action] = useActionState<AuthenticatorState, FormData>(turnOffAuthenticator, {});

  return (
    <form action={action} className="stack" noValidate aria-labelledby="turn-off-heading">
      <h3 id="turn-off-heading">Turn off the authenticator app</h3>
      <p className="hint">To turn it off, confirm it is you with your password and a current code.</p>
      <FormMessage error={state.error} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={state.error}
      />
      <VerificationCodeField error={state.error} />
      <SubmitButton pendingLabel="Turning off…" variant="danger">
        Turn off
      </SubmitButton>
    </form>
  );
}
