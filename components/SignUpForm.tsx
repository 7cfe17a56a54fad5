'use client';

import { useActionState } from 'react';
import { createAccount, type SignUpState } from '@/app/(auth)/sign-up/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';

export function SignUpForm({ passwordHint }: { passwordHint: string }) {
  const [state, action] = useActionState<SignUpState, FormData>(createAccount, {});

  return (
    <ActionForm action={action} error={state.error}>
      <FormMessage />
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.email} />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" hint={passwordHint} required />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </ActionForm>
  );
}
