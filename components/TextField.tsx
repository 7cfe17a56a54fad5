'use client';

import { useFormError } from '@/components/ActionForm';
import type { Failure } from '@/lib/errors';
import { FIELD_LIMITS } from '@/lib/field-limits';

type TextFieldProps = {
  name: string;
  label: string;
  /** Only needed outside an ActionForm, which hands its failure to every field inside it. */
  error?: Failure;
  hint?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name'>;

/** A labelled input whose error, when it has one, is tied to it with aria-describedby. */
export function TextField({ name, label, error, hint, className, ...input }: TextFieldProps) {
  const limit = input.type === 'email' ? FIELD_LIMITS.email : input.type === 'password' ? FIELD_LIMITS.password : FIELD_LIMITS.text;
  const shown = useFormError() ?? error;
  const fieldError = shown?.field === name ? shown.message : undefined;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = `${name}-error`;

  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        className={['input', className].filter(Boolean).join(' ')}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={[fieldError ? errorId : undefined, hintId].filter(Boolean).join(' ') || undefined}
        maxLength={limit}
        {...input}
        autoFocus={Boolean(fieldError) || input.autoFocus}
      />
      <p id={errorId} className="field-error" aria-live="polite">
        {fieldError}
      </p>
    </div>
  );
}
