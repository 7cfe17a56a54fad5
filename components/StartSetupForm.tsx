'use client';

import { useActionState } from 'react';
import { startAuthenticatorSetup, type AuthenticatorState } from '@/app/account/security/actions';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';

export function StartSetupForm() {
  const [state, action] = useActionState<AuthenticatorState>(startAuthenticatorSetup, {});

  return (
    <form action={action} className="stack">
      <FormMessage error={state.error} />
      <SubmitButton pendingLabel="Preparing…">Set up authenticator app</SubmitButton>
    </form>
  );
}
