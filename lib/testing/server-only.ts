// Stands in for the `server-only` marker package when lib/ is unit-tested outside Next.
export {};
