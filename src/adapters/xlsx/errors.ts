/** The workbook cannot be read at all (not an .xlsx, corrupt, too large). The message is for the user. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}
