/**
 * A mistake in what the user gave flexkit (a file, an option, a message): main() prints its
 * message as one line and exits 2, never with a stack trace.
 */
export class UserInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserInputError";
  }
}
