'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '@/app/(auth)/sign-in/actions';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';

export function SignInForm({ notice }: { notice?: string | null }) {
  const [state, action] = useActionState<SignInState, FormData>(signIn, {});

  return (
    <form action={action} className="stack" noValidate>
      {notice && !state.error ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <FormMessage error={state.error} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        error={state.error}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={state.error}
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
