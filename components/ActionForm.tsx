'use client';

import { createContext, startTransition, useContext, useEffect, useRef, useState } from 'react';
import type { Failure } from '@/lib/errors';
import { CODE_FORMAT_MESSAGE, normaliseVerificationCode } from '@/lib/mfa/verification-code';

const FormErrorContext = createContext<Failure | undefined>(undefined);

/** The failure the surrounding ActionForm shows now: its own check's, or else the server's. */
export function useFormError(): Failure | undefined {
  return useContext(FormErrorContext);
}

type ActionFormProps = {
  action: (form: FormData) => void;
  /** The failure the server action returned, if any. */
  error?: Failure;
  children: React.ReactNode;
} & Omit<React.FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit' | 'noValidate'>;

/** The failure of the browser's own check: a code field that does not hold a six-digit code. */
function malformedCode(form: HTMLFormElement): Failure | undefined {
  const codeField = form.querySelector<HTMLInputElement>('input[data-verification-code]');
  if (!codeField || normaliseVerificationCode(codeField.value)) return undefined;
  // Built here, not with failure(), which would bring every error message into the browser.
  const message = codeField.dataset.formatMessage ?? CODE_FORMAT_MESSAGE;
  return { ok: false, code: 'invalid_code_format', message, field: codeField.name };
}

/**
 * A form posting to a server action. Without JavaScript it is a plain HTML form and the server
 * renders the failure. With JavaScript it also refuses a malformed verification code before any
 * request, and moves focus to the first field in error, or to the form's message.
 */
export function ActionForm({ action, error, children, className = 'stack', ...form }: ActionFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [checkFailure, setCheckFailure] = useState<Failure>();
  const shown = checkFailure ?? error;

  useEffect(() => {
    if (!shown) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[data-form-message]');
    target?.focus();
  }, [shown]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    // React empties a form whose action it runs itself, which would throw away what the person
    // typed whenever the action fails; sent from here, the fields keep their values.
    event.preventDefault();
    const refused = malformedCode(event.currentTarget);
    setCheckFailure(refused);
    if (refused) return;

    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    // A transition started in onSubmit is the one useFormStatus reports, so buttons still show it.
    startTransition(() => action(data));
  }

  return (
    <FormErrorContext value={shown}>
      <form ref={formRef} action={action} onSubmit={submit} noValidate className={className} {...form}>
        {children}
      </form>
    </FormErrorContext>
  );
}
