'use client';

import { useActionState } from 'react';
import { submitSignInCode, type CodeState } from '@/app/(auth)/sign-in/actions';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function SignInCodeForm() {
  const [state, action] = useActionState<CodeState, FormData>(submitSignInCode, {});

  return (
    <form action={action} className="stack" noValidate>
      <FormMessage error={state.error} />
      <VerificationCodeField error={state.error} />
      <SubmitButton pendingLabel="Verifying…">Verify and sign in</SubmitButton>
    </form>
  );
}
