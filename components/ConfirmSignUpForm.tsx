'use client';

import { useActionState } from 'react';
import { confirmAccount, sendNewConfirmationCode, type ConfirmState } from '@/app/(auth)/sign-up/actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

/** The confirmation code from the sign-up email, and a way to have it sent again. */
export function ConfirmSignUpForm({ email }: { email?: string }) {
  const [state, action] = useActionState<ConfirmState, FormData>(confirmAccount, {});
  const [resent, resend] = useActionState<ConfirmState, FormData>(sendNewConfirmationCode, {});
  const currentEmail = state.email ?? resent.email ?? email;

  return (
    <>
      <ActionForm action={action} error={state.error}>
        <FormMessage />
        <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={currentEmail} />
        <VerificationCodeField
          hint="The 6-digit code in the email we sent you."
          formatMessage="Enter the 6-digit code from the email we sent you."
        />
        <SubmitButton pendingLabel="Confirming…">Confirm account</SubmitButton>
      </ActionForm>

      <ActionForm action={resend} error={resent.error} className="secondary-actions" aria-label="Send a new code">
        <input type="hidden" name="email" value={currentEmail ?? ''} />
        <FormMessage />
        {resent.sentTo ? (
          <p className="notice" role="status">
            We sent a new code to {resent.sentTo}.
          </p>
        ) : null}
        <SubmitButton variant="link" pendingLabel="Sending…">
          Send a new code
        </SubmitButton>
      </ActionForm>
    </>
  );
}
