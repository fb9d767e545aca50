/** What a caught value says: an Error's message, anything else (a thrown string…) as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
