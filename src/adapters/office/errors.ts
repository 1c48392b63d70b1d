/**
 * The one place where Office.js errors become Chinese messages for the user. The task pane
 * shows `message`; `detail` (code, Office's English text, the failing statement) is for the
 * developer console and bug reports, never for the user. Errors are described, not swallowed:
 * callers rethrow an OfficeAdapterError or show the message and keep the detail.
 */

/** Messages keyed by OfficeExtension.Error.code (Excel.ErrorCodes and OfficeExtension.ErrorCodes). */
const MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护（或确认工作簿不是只读）后重试。",
  ItemNotFound: "找不到要操作的工作表、单元格或图表，可能已被重命名或删除。请重新校验后再试。",
  InvalidArgument: "提交给 Excel 的参数无效（例如区域大小与数据不一致）。请重新校验后再试；如仍出现，请反馈此问题。",
  GeneralException: "Excel 处理请求时出错。请稍后重试；如果问题持续，请保存并重新打开工作簿。",
  InsertDeleteConflict: "插入或删除单元格与工作表中的现有内容（如合并单元格、表格）冲突，操作未完成。",
  ItemAlreadyExists: "同名的工作表或图表已存在。请重命名或删除原有对象后重试。",
  InvalidOperation: "Excel 不允许在当前状态下执行此操作。请检查工作簿是否处于共享、受保护或筛选状态。",
  InvalidOperationInCellEditMode: "请先退出单元格编辑状态（按 Enter 或 Esc）再重试。",
  UnsupportedOperation: "当前版本的 Excel 不支持此操作。请升级到 Microsoft 365 版 Excel 或使用 Excel 网页版。",
  ApiNotFound: "当前版本的 Excel 不支持此功能所需的接口。请升级到 Microsoft 365 版 Excel 或使用 Excel 网页版。",
  UnsupportedFeature: "当前版本的 Excel 不支持此功能。请升级到 Microsoft 365 版 Excel 或使用 Excel 网页版。",
  NotImplemented: "当前版本的 Excel 尚未实现此功能。请升级 Excel 后重试。",
  RequestPayloadSizeLimitExceeded: "一次提交给 Excel 的数据过多。请减少要写入的内容（例如分表处理）后重试。",
  ResponsePayloadSizeLimitExceeded: "工作簿数据量过大，无法一次读取。请删除与决算公开无关的大型工作表后重试。",
  RangeExceedsLimit: "涉及的单元格区域过大，超出 Excel 的处理上限。",
  OperationCellsExceedLimit: "涉及的单元格数量超出 Excel 的处理上限。",
  MergedRangeConflict: "目标区域包含合并单元格，无法写入。请取消合并后重试。",
  FilteredRangeConflict: "目标区域处于筛选状态，无法写入。请清除筛选后重试。",
  PivotTableRangeConflict: "目标区域与数据透视表重叠，无法写入。",
  NonBlankCellOffSheet: "写入会把非空单元格挤出工作表边界，操作未完成。",
  InvalidReference: "单元格引用无效，可能所指的工作表已被删除或重命名。",
  InvalidSelection: "当前选择的区域无效。请重新选择单元格后重试。",
  InvalidBinding: "与工作簿的绑定已失效。请关闭并重新打开决算公开助手。",
  EmptyChartSeries: "图表的数据区域为空，无法生成图表。请先确认相关附表数据已填写。",
  Conflict: "工作簿正被其他人或其他操作修改，请求冲突。请稍后重试。",
  ActivityLimitReached: "短时间内对 Excel 的操作过多。请稍候几秒再试。",
  RequestAborted: "请求被中断（可能工作簿已关闭或刷新）。请重试。",
  Timeout: "Excel 响应超时。请稍后重试。",
  ServiceNotAvailable: "Excel 服务暂时不可用。请稍后重试。",
  ConnectionFailure: "与 Excel 的连接中断。请检查网络后重试。",
  InactiveWorkbook: "工作簿当前不处于活动状态。请切换回该工作簿后重试。",
  UnsupportedSheet: "不支持在此类工作表（如图表工作表、宏表）上执行该操作。",
  InvalidRequestContext: "决算公开助手内部错误：请求上下文已失效。请关闭任务窗格后重新打开。",
  PropertyNotLoaded: "决算公开助手内部错误：读取了未加载的数据。请反馈此问题。",
  ValueNotLoaded: "决算公开助手内部错误：读取了未加载的数据。请反馈此问题。",
  InvalidObjectPath: "决算公开助手内部错误：操作的对象已失效。请重新校验后再试。",
};

/** For codes nobody has mapped yet (Office adds new ones) and for errors that carry no code. */
export const GENERIC_MESSAGE = "Excel 操作失败，原因未知。请重试；如果问题持续，请保存并重新打开工作簿后再试。";

export interface OfficeErrorDescription {
  /** OfficeExtension.Error.code, or null when the error did not come from Office.js. */
  readonly code: string | null;
  /** Chinese, for the user. */
  readonly message: string;
  /** Code, Office's own text and the failing statement — for the console and bug reports. */
  readonly detail: string;
}

/** The shape of OfficeExtension.Error that matters here; checked structurally because the
 *  OfficeExtension global is missing outside Office (plain browser, tests without the fake). */
interface OfficeLikeError {
  readonly code: string;
  readonly message?: string;
  readonly debugInfo?: { readonly errorLocation?: string; readonly statement?: string };
}

function isOfficeLikeError(err: unknown): err is OfficeLikeError {
  return typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "string";
}

export function describeOfficeError(err: unknown): OfficeErrorDescription {
  if (err instanceof OfficeAdapterError) return { code: err.code, message: err.message, detail: err.detail };
  if (isOfficeLikeError(err)) {
    const where = err.debugInfo?.errorLocation ? ` at ${err.debugInfo.errorLocation}` : "";
    const statement = err.debugInfo?.statement ? ` — ${err.debugInfo.statement}` : "";
    return {
      code: err.code,
      message: MESSAGES[err.code] ?? GENERIC_MESSAGE,
      detail: `${err.code}${where}: ${err.message ?? ""}${statement}`,
    };
  }
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { code: null, message: GENERIC_MESSAGE, detail };
}

export function officeErrorMessage(err: unknown): string {
  return describeOfficeError(err).message;
}

/** Codes that have a specific message (for tests and documentation). */
export const KNOWN_ERROR_CODES: readonly string[] = Object.keys(MESSAGES);

/** What adapters throw: a Chinese message plus the original error as `cause`. */
export class OfficeAdapterError extends Error {
  override readonly name = "OfficeAdapterError";
  readonly code: string | null;
  readonly detail: string;

  constructor(description: OfficeErrorDescription, options?: { cause?: unknown }) {
    super(description.message, options);
    this.code = description.code;
    this.detail = description.detail;
  }

  static from(err: unknown): OfficeAdapterError {
    return err instanceof OfficeAdapterError ? err : new OfficeAdapterError(describeOfficeError(err), { cause: err });
  }
}
