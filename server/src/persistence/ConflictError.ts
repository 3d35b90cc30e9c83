/** A write that would break a uniqueness rule (a taken email, a used invite, an existing id). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}
