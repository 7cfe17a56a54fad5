'use client';

import { useActionState } from 'react';
import { startAuthenticatorSetup, type AuthenticatorState } from '@/app/account/security/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';

export function StartSetupForm({ label = 'Set up authenticator app' }: { label?: string }) {
  const [state, action] = useActionState<AuthenticatorState>(startAuthenticatorSetup, {});

  return (
    <ActionForm action={action} error={state.error}>
      <FormMessage />
      <SubmitButton pendingLabel="Preparing…">{label}</SubmitButton>
    </ActionForm>
  );
}
