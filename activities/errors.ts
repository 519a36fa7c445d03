/** A business object an activity needs does not exist: retrying will not help. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
