'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '@/app/(auth)/sign-in/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';

export function SignInForm({ notice }: { notice?: string | null }) {
  const [state, action] = useActionState<SignInState, FormData>(signIn, {});

  return (
    <ActionForm action={action} error={state.error}>
      {notice && !state.error ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <FormMessage />
      <TextField name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </ActionForm>
  );
}
