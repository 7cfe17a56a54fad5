import type { Failure } from '@/lib/errors';

type TextFieldProps = {
  name: string;
  label: string;
  error?: Failure;
  hint?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name'>;

/** A labelled input whose error, when it has one, is tied to it with aria-describedby. */
export function TextField({ name, label, error, hint, ...input }: TextFieldProps) {
  const fieldError = error?.field === name ? error.message : undefined;
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
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={[hintId, fieldError ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        autoFocus={Boolean(fieldError) || input.autoFocus}
        {...input}
      />
      <p id={errorId} className="field-error" aria-live="polite">
        {fieldError}
      </p>
    </div>
  );
}
