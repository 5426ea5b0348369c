/** Input that cannot be linted: the message is one line naming the reason (the caller adds the file). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
