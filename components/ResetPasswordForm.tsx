'use client';

import { useActionState } from 'react';
import { chooseNewPassword, type ResetState } from '@/app/(auth)/forgot-password/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function ResetPasswordForm({ email, passwordHint }: { email?: string; passwordHint: string }) {
  const [state, action] = useActionState<ResetState, FormData>(chooseNewPassword, {});

  return (
    <ActionForm action={action} error={state.error}>
      <FormMessage />
      <TextField name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.email ?? email} />
      <VerificationCodeField
        hint="The 6-digit code in the email we sent you."
        formatMessage="Enter the 6-digit code from the email we sent you."
      />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={passwordHint}
        required
      />
      <SubmitButton pendingLabel="Saving…">Save new password</SubmitButton>
    </ActionForm>
  );
}
