'use client';

import { useFormError } from '@/components/ActionForm';
import type { Failure } from '@/lib/errors';

/**
 * The form-level message: announced when it changes, and left empty when the failure belongs to a
 * field. Focus moves here when a form fails for a reason no field explains.
 */
export function FormMessage({ error }: { error?: Failure }) {
  const shown = useFormError() ?? error;
  const message = shown && !shown.field ? shown.message : undefined;

  return (
    <div className="form-message" role="alert" aria-live="assertive" tabIndex={-1} data-form-message autoFocus={Boolean(message)}>
      {message ? <p className="error">{message}</p> : null}
    </div>
  );
}
