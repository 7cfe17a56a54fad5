import { cancelSignIn } from '@/app/(auth)/sign-in/actions';
import { SubmitButton } from '@/components/SubmitButton';

/** Leaves a sign-in half done: drops its challenge and goes back to the sign-in form. */
export function UseDifferentAccountForm() {
  return (
    <form action={cancelSignIn} className="secondary-actions">
      <SubmitButton variant="link" pendingLabel="Going back…">
        Use a different account
      </SubmitButton>
    </form>
  );
}
