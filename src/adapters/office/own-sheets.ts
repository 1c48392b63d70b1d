/**
 * The sheets this add-in owns — 审核结果, 情况说明, 图表 and the 补充信息 template it created — and
 * how it recognises them.
 *
 * The marker is a hidden workbook-scoped defined name per role (`_JueSuan_Own_Check` …) that
 * refers to A1 of the sheet and whose comment records the name the add-in gave the sheet. Why a
 * defined name:
 * - it is saved in the file (definedName with its comment) and so survives save and reopen, on
 *   every platform and whatever the add-in's id (document settings are per add-in id: a store
 *   install and a sideloaded one do not see each other's, OfficeDev/office-js#840);
 * - it follows the sheet through a rename and turns into #REF! when the sheet is deleted, so a
 *   sheet the user later creates with the same name is never mistaken for ours;
 * - it needs ExcelApi 1.4 only (worksheet customProperties need 1.12, above our 1.7 floor) and is
 *   read in the same sync as the sheet names, so it costs no round trip.
 * A sheet is ours when its marker refers to it AND it still bears the name we gave it. A sheet
 * the user renamed has been adopted by the user (perhaps to keep last month's results): it is
 * left alone, its marker is dropped and a fresh sheet is made. A user's sheet that merely has
 * our name (no marker) is never touched: we write to 审核结果（助手） instead and say so.
 */
import { parseRef, toA1 } from "../../core/cells";
import { loadWorkbookFlags, WRITABLE, type WorkbookFlags } from "./workbook-guard";

export type OwnRole = "check" | "narrative" | "charts" | "inputs";

/** The sheet name each role gets when it is free. */
export const OWN_SHEET_NAMES: Readonly<Record<OwnRole, string>> = {
  check: "审核结果",
  narrative: "情况说明",
  charts: "图表",
  inputs: "补充信息",
};

export const MARKER_NAMES: Readonly<Record<OwnRole, string>> = {
  check: "_JueSuan_Own_Check",
  narrative: "_JueSuan_Own_Narrative",
  charts: "_JueSuan_Own_Charts",
  inputs: "_JueSuan_Own_Inputs",
};

const ROLES = Object.keys(MARKER_NAMES) as OwnRole[];
const COMMENT_PREFIX = "决算公开助手生成，重新生成时替换；工作表名：";

/** The suffix for our sheet when the user has a sheet of that name ("审核结果（助手）"). */
const FALLBACK_SUFFIX = "（助手）";

export interface SheetInfo {
  readonly name: string;
  readonly visibility: string;
  /** Only when loaded with protection. */
  readonly protected: boolean;
}

/** Defined names as loaded in the discovery sync (markers and marks live there). */
export interface NameInfo {
  readonly name: string;
  /** "审核结果!$A$1", "'My sheet'!$E$9", or "#REF!" once the sheet is gone. */
  readonly value: string;
  readonly comment: string;
}

export interface WorkbookState {
  /** Read-only and structure protection; both false unless loaded with `writing`. */
  readonly workbook: WorkbookFlags;
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly NameInfo[];
  /** role → the current name of our sheet, when it exists and is still ours. */
  readonly own: Partial<Record<OwnRole, string>>;
}

/**
 * Queues the loads of the discovery sync: sheets (name, visibility, protection on request) and
 * the workbook's defined names. Call the returned function after the sync.
 */
export function loadWorkbookState(context: Excel.RequestContext, options: { protection?: boolean; writing?: boolean } = {}): () => WorkbookState {
  const readFlags = options.writing ? loadWorkbookFlags(context) : () => WRITABLE;
  const sheets = context.workbook.worksheets;
  sheets.load(options.protection ? "items/name,items/visibility,items/protection/protected" : "items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/value,items/comment");
  return () => {
    const sheetInfos = sheets.items.map((s) => ({ name: s.name, visibility: s.visibility, protected: options.protection ? s.protection.protected : false }));
    const nameInfos = names.items.map((n) => ({ name: n.name, value: typeof n.value === "string" ? n.value : String(n.value), comment: n.comment ?? "" }));
    return { workbook: readFlags(), sheets: sheetInfos, names: nameInfos, own: ownSheets(sheetInfos, nameInfos) };
  };
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function findName(names: readonly NameInfo[], name: string): NameInfo | undefined {
  return names.find((n) => same(n.name, name));
}

/** The cell a defined name refers to, or null for #REF! and anything that is not one cell. */
export function nameTarget(name: NameInfo): { sheet: string; a1: string } | null {
  // parseRef takes the $ of an absolute reference; a sheet name may itself contain "$" or "!".
  const ref = parseRef(name.value.replace(/^=/, ""));
  return ref ? { sheet: ref.sheet, a1: toA1(ref.row, ref.col) } : null;
}

function ownSheets(sheets: readonly SheetInfo[], names: readonly NameInfo[]): Partial<Record<OwnRole, string>> {
  const own: Partial<Record<OwnRole, string>> = {};
  for (const role of ROLES) {
    const marker = findName(names, MARKER_NAMES[role]);
    if (!marker) continue;
    const target = nameTarget(marker);
    const given = marker.comment.startsWith(COMMENT_PREFIX) ? marker.comment.slice(COMMENT_PREFIX.length) : null;
    const sheet = target && sheets.find((s) => same(s.name, target.sheet));
    if (sheet && given !== null && same(sheet.name, given)) own[role] = sheet.name;
  }
  return own;
}

/** Names of our own sheets other than 补充信息, whose content is the user's input. */
export function generatedSheetNames(state: WorkbookState): Set<string> {
  return new Set(ROLES.filter((r) => r !== "inputs").flatMap((r) => (state.own[r] ? [state.own[r].toLowerCase()] : [])));
}

/**
 * The name our sheet for `role` gets: the plain name unless a sheet that is not ours holds it,
 * then 审核结果（助手）, 审核结果（助手2）, …
 */
export function targetSheetName(role: OwnRole, state: WorkbookState): string {
  const ours = state.own[role];
  const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()).filter((n) => ours === undefined || n !== ours.toLowerCase()));
  const base = OWN_SHEET_NAMES[role];
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 1; ; i++) {
    const candidate = `${base}${i === 1 ? FALLBACK_SUFFIX : `（助手${i}）`}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export interface ReplacedSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  /** Set when a user's sheet holds the plain name: a sentence for the task pane. */
  readonly notice: string | null;
}

/**
 * Queues, for the write sync: a new sheet for `role` (replacing ours if there is one) and its
 * marker. The new sheet is added before the old one is deleted, so that a workbook whose only
 * visible sheet is ours never loses its last visible sheet in between.
 */
export function replaceOwnSheet(context: Excel.RequestContext, role: OwnRole, state: WorkbookState): ReplacedSheet {
  const sheets = context.workbook.worksheets;
  const name = targetSheetName(role, state);
  const old = state.own[role];
  let sheet: Excel.Worksheet;
  if (old !== undefined) {
    const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
    let temp = `${name}~`;
    while (taken.has(temp.toLowerCase())) temp += "~";
    sheet = sheets.add(temp);
    sheets.getItem(old).delete();
    sheet.name = name;
  } else {
    sheet = sheets.add(name);
  }
  markOwnSheet(context, role, sheet, name, state);
  const base = OWN_SHEET_NAMES[role];
  const notice = name === base ? null : `工作簿中已有名为“${base}”的工作表（不是助手生成的），助手没有改动它，结果写在“${name}”工作表中。`;
  return { sheet, name, notice };
}

/** Queues the marker for a sheet just created (replacing a stale or adopted marker). */
export function markOwnSheet(context: Excel.RequestContext, role: OwnRole, sheet: Excel.Worksheet, name: string, state: WorkbookState): void {
  const names = context.workbook.names;
  if (findName(state.names, MARKER_NAMES[role])) names.getItem(MARKER_NAMES[role]).delete();
  const marker = names.add(MARKER_NAMES[role], sheet.getRange("A1"), `${COMMENT_PREFIX}${name}`);
  // Hidden names stay out of the Name Manager list and formula autocomplete.
  marker.visible = false;
}
