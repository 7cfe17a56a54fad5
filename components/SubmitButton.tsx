'use client';

import { useFormStatus } from 'react-dom';

/** A submit button that cannot be pressed twice while its form is in flight, and says what is happening. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  size,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  size?: 'small';
}) {
  const { pending } = useFormStatus();
  const className = ['button', `button-${variant}`, size ? `button-${size}` : ''].filter(Boolean).join(' ');

  return (
    <button type="submit" className={className} disabled={pending}>
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
