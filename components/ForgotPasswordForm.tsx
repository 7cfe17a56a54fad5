'use client';

import { useActionState } from 'react';
import { requestReset, type ResetState } from '@/app/(auth)/forgot-password/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';

export function ForgotPasswordForm() {
  const [state, action] = useActionState<ResetState, FormData>(requestReset, {});

  return (
    <ActionForm action={action} error={state.error}>
      <FormMessage />
      <TextField name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.email} />
      <SubmitButton pendingLabel="Sending…">Send me a code</SubmitButton>
    </ActionForm>
  );
}
