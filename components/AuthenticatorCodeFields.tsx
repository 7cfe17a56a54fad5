'use client';

import { FormMessage } from '@/components/FormMessage';
import { TextField } from '@/components/TextField';
import { VerificationCodeField } from '@/components/VerificationCodeField';

/**
 * What setting up an authenticator asks for, in settings and during sign-in alike. The device name
 * the server hands back fills the field again on a page rendered without JavaScript.
 */
export function AuthenticatorCodeFields({ deviceName }: { deviceName?: string }) {
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
        defaultValue={deviceName}
      />
    </>
  );
}
