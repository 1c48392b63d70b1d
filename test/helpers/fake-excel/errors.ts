/**
 * Errors shaped like OfficeExtension.Error (name "RichApi.Error", a string `code`, debugInfo),
 * so that src/adapters/office/errors.ts sees from the fake what it would see from Excel.
 */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation !== undefined ? { errorLocation } : {}) };
  }
}

/** Excel's own wording, so that a test failure reads like the real thing. */
export function propertyNotLoaded(property: string, owner: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
}

export function itemNotFound(what: string, location: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`, location);
}

export function invalidArgument(why: string, location: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${why})`, location);
}
