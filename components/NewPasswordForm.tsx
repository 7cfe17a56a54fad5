'use client';

import { useActionState } from 'react';
import { submitNewPassword, type ChallengeState } from '@/app/(auth)/sign-in/challenge-actions';
import { ActionForm } from '@/components/ActionForm';
import { FormMessage } from '@/components/FormMessage';
import { SubmitButton } from '@/components/SubmitButton';
import { TextField } from '@/components/TextField';

/** Cognito's standard attribute names, as a person reads them. */
const attributeLabels: Record<string, string> = {
  name: 'Full name',
  given_name: 'First name',
  family_name: 'Last name',
  middle_name: 'Middle name',
  nickname: 'Nickname',
  preferred_username: 'Preferred username',
  phone_number: 'Phone number',
  birthdate: 'Date of birth',
  address: 'Address',
  gender: 'Gender',
  locale: 'Locale',
  zoneinfo: 'Time zone',
  website: 'Website',
  picture: 'Picture URL',
  profile: 'Profile URL',
};

function label(attribute: string): string {
  return attributeLabels[attribute] ?? attribute.replace(/^custom:/, '').replace(/[_:]/g, ' ');
}

export function NewPasswordForm({ passwordHint, requiredAttributes }: { passwordHint: string; requiredAttributes: string[] }) {
  const [state, action] = useActionState<ChallengeState, FormData>(submitNewPassword, {});

  return (
    <ActionForm action={action} error={state.error}>
      <FormMessage />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={passwordHint}
        required
      />
      {requiredAttributes.map((attribute) => (
        <TextField key={attribute} name={`attribute.${attribute}`} label={label(attribute)} required />
      ))}
      <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
    </ActionForm>
  );
}
