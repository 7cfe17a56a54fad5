'use client';

import { useActionState } from 'react';
import { verifyAuthenticator, type AuthenticatorState } from '@/app/account/security/actions';
import { ActionForm } from '@/components/ActionForm';
import { AuthenticatorCodeFields } from '@/components/AuthenticatorCodeFields';
import { SubmitButton } from '@/components/SubmitButton';

export function VerifyAuthenticatorForm() {
  const [state, action] = useActionState<AuthenticatorState, FormData>(verifyAuthenticator, {});

  return (
    <ActionForm action={action} error={state.error}>
      <AuthenticatorCodeFields deviceName={state.deviceName} />
      <SubmitButton pendingLabel="Verifying…">Verify and turn on</SubmitButton>
    </ActionForm>
  );
}
