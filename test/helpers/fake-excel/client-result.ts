/**
 * OfficeExtension.ClientResult<T>, what a method such as Range.getRowProperties returns: the value
 * is computed when the sync applies the call, and reading it before that sync fails — as in
 * Office.js ("The value of the result object has not been loaded yet…").
 */
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";

export class FakeClientResult<T> {
  private result: { readonly value: T } | undefined;

  constructor(context: FakeRequestContext, location: string, compute: () => T) {
    context.enqueue(location, () => {
      const value = compute();
      context.countResponse(value);
      this.result = { value };
    });
  }

  get value(): T {
    if (!this.result) {
      throw new FakeOfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        "ClientResult.value",
      );
    }
    return this.result.value;
  }
}
