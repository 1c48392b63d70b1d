import {
  describeOfficeError,
  GENERIC_MESSAGE,
  KNOWN_ERROR_CODES,
  OfficeAdapterError,
  officeErrorMessage,
} from "../../src/adapters/office/errors";
import { FakeOfficeError } from "../helpers/fake-excel";

const CHINESE = /[\u4e00-\u9fff]/;

const REQUIRED_CODES = [
  "AccessDenied",
  "ItemNotFound",
  "InvalidArgument",
  "GeneralException",
  "InsertDeleteConflict",
  "ItemAlreadyExists",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "UnsupportedOperation",
  "ApiNotFound",
  "RequestPayloadSizeLimitExceeded",
];

describe("Office error messages", () => {
  it.each(REQUIRED_CODES)("%s has its own Chinese message", (code) => {
    const message = officeErrorMessage(new FakeOfficeError(code, "English text from Excel"));
    expect(message).toMatch(CHINESE);
    expect(message).not.toBe(GENERIC_MESSAGE);
    expect(message).not.toContain("English text from Excel");
  });

  it("every known code maps to a distinct-enough Chinese message", () => {
    for (const code of KNOWN_ERROR_CODES) expect(officeErrorMessage({ code, message: "x" })).toMatch(CHINESE);
    expect(KNOWN_ERROR_CODES).toEqual(expect.arrayContaining(REQUIRED_CODES));
  });

  it("says what to do for a protected sheet and for cell edit mode", () => {
    expect(officeErrorMessage({ code: "AccessDenied" })).toMatch(/^工作表受保护，无法写入/);
    expect(officeErrorMessage({ code: "InvalidOperationInCellEditMode" })).toBe("请先退出单元格编辑状态（按 Enter 或 Esc）再重试。");
  });

  it("falls back to a generic Chinese message for unknown codes and non-Office errors", () => {
    expect(officeErrorMessage({ code: "SomethingNewIn2030" })).toBe(GENERIC_MESSAGE);
    expect(officeErrorMessage(new TypeError("x is undefined"))).toBe(GENERIC_MESSAGE);
    expect(officeErrorMessage("a string")).toBe(GENERIC_MESSAGE);
    expect(officeErrorMessage(undefined)).toBe(GENERIC_MESSAGE);
    expect(GENERIC_MESSAGE).toMatch(CHINESE);
  });

  it("keeps the raw code, text and location in detail, not in the message", () => {
    const d = describeOfficeError(new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", "Worksheet.getItem"));
    expect(d.code).toBe("ItemNotFound");
    expect(d.detail).toBe("ItemNotFound at Worksheet.getItem: The requested resource doesn't exist.");
    expect(describeOfficeError(new TypeError("boom"))).toEqual({ code: null, message: GENERIC_MESSAGE, detail: "TypeError: boom" });
  });

  it("OfficeAdapterError carries message, code, detail and the original as cause, and is not re-wrapped", () => {
    const original = new FakeOfficeError("AccessDenied", "protected");
    const wrapped = OfficeAdapterError.from(original);
    expect(wrapped).toBeInstanceOf(Error);
    expect(wrapped.message).toMatch(/^工作表受保护/);
    expect(wrapped.code).toBe("AccessDenied");
    expect(wrapped.cause).toBe(original);
    expect(OfficeAdapterError.from(wrapped)).toBe(wrapped);
    expect(describeOfficeError(wrapped).message).toBe(wrapped.message);
  });
});
