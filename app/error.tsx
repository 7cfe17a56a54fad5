'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="card stack" role="alert">
      <h1>Something went wrong</h1>
      <p>Something went wrong on our side. Your account is unchanged. Please try again.</p>
      <p>
        <button type="button" className="button button-primary" onClick={reset}>
          Try again
        </button>
      </p>
    </section>
  );
}
