'use client';

import { useActionState } from 'react';
import { submitSignInCode, type CodeState } from '@/app/(auth)/sign-in/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { VerificationCodeField } from '@/components/VerificationCodeField';

export function SignInCodeForm() {
  const [state, action] = useActionState<CodeState, FormData>(submitSignInCode, {});

  return (
    <ActionForm action={action} error={state.error}>
      <FormMessage />
      {/* The code is the only thing to do on this step, so the cursor starts there. */}
      <VerificationCodeField autoFocus />
      <SubmitButton pendingLabel="Verifying…">Verify and sign in</SubmitButton>
    </ActionForm>
  );
}
