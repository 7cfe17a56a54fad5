'use client';

import { useActionState } from 'react';
import { turnOffAuthenticator, type AuthenticatorState } from '@/app/account/security/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function TurnOffAuthenticatorForm() {
  const [state, action] = useActionState<AuthenticatorState, FormData>(turnOffAuthenticator, {});

  return (
    <ActionForm action={action} error={state.error} className="stack section" aria-labelledby="turn-off-heading">
      <h3 id="turn-off-heading">Turn off the authenticator app</h3>
      <p className="hint">To turn it off, confirm it is you with your password and a current code.</p>
      <FormMessage />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <VerificationCodeField />
      <SubmitButton pendingLabel="Turning off…" variant="danger">
        Turn off
      </SubmitButton>
    </ActionForm>
  );
}
