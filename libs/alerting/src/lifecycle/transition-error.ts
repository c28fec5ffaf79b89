// A user action that the state machine does not allow (acknowledging a resolved alert, ...). Typed
// with a code so the REST layer maps it to 409 Conflict without parsing messages.

export const TRANSITION_ERROR_CODES = ['already_resolved', 'not_acknowledged', 'wrong_instance'] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

/** A transition the lifecycle forbids. */
export class AlertTransitionError extends Error {
  constructor(
    readonly code: TransitionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AlertTransitionError';
  }
}
