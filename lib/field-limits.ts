/**
 * The longest value each kind of field takes: the server's schemas refuse more, and the browser
 * stops typing or pasting at the same length. Together they keep every form far below the
 * proxy's body limit, so a person never meets its refusal page.
 */
export const FIELD_LIMITS = {
  email: 254,
  password: 256,
  // Cognito's own limit for an attribute value.
  text: 2048,
} as const;
