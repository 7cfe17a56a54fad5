import type { Failure } from '@/lib/errors';

/** The form-level message: announced when it changes, and left out when the failure belongs to a field. */
export function FormMessage({ error }: { error?: Failure }) {
  return (
    <div className="form-message" role="alert" aria-live="assertive">
      {error && !error.field ? <p className="error">{error.message}</p> : null}
    </div>
  );
}
