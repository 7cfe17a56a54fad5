'use client';

import { FormMessage } from '@/components/FormMessage';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

/** What setting up an authenticator asks for, in settings and during sign-in alike. */
export function AuthenticatorCodeFields() {
  return (
    <>
      <FormMessage />
      <VerificationCodeField />
      <TextField
        name="deviceName"
        label="Device name (optional)"
        hint="Helps you recognise this authenticator later, for example “Work phone”."
        autoComplete="off"
        maxLength={64}
      />
    </>
  );
}
