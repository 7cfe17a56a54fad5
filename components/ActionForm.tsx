'use client';

import { createContext, useContext, useEffect, useRef, useState } from 'react';
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

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const codeField = event.currentTarget.querySelector<HTMLInputElement>('input[data-verification-code]');
    if (codeField && !normaliseVerificationCode(codeField.value)) {
      event.preventDefault();
      // Built here, not with failure(), which would bring every error message into the browser.
      const message = codeField.dataset.formatMessage ?? CODE_FORMAT_MESSAGE;
      setCheckFailure({ ok: false, code: 'invalid_code_format', message, field: codeField.name });
      return;
    }
    setCheckFailure(undefined);
  }

  return (
    <FormErrorContext value={shown}>
      <form ref={formRef} action={action} onSubmit={checkBeforeSending} noValidate className={className} {...form}>
        {children}
      </form>
    </FormErrorContext>
  );
}
