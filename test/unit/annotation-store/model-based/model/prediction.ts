/** What the model says a call must do: be refused, or succeed and change the model as `apply` does. */
export type Prediction<T> =
  | { readonly refused: true }
  | {
      readonly refused: false;
      /** Checks the result and brings the model to the state after the call. */
      readonly apply: (result: T) => void;
      /** Whether a recorded call leaves an undo step (one that writes no row leaves none). */
      readonly step: boolean;
    };

export const REFUSED = { refused: true } as const;

export function succeeds<T>(apply: (result: T) => void, step = true): Prediction<T> {
  return { refused: false, apply, step };
}
