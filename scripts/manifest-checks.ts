/**
 * Offline validation of manifest.xml: Microsoft's XSD (through xmllint-wasm, when the schema
 * folder is present) plus the project's own checks that XSD cannot express — every resid
 * resolves to a resource of the right kind, every URL is on the configured host, and every
 * icon exists in assets/ at its declared size.
 *
 * Used by scripts/validate-manifest.mjs (`npm run validate`) and test/manifest/manifest.test.ts.
 * `office-addin-manifest validate` is not used: it posts the file to a web service and fails offline.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

/** The one host every URL of the manifest must use (the dev server; replace it for a deployment). */
export const ADDIN_HOST = "https://localhost:3000";

/** Entry point of the schema set; it imports the other .xsd files of its folder. */
export const MANIFEST_XSD = "OfficeAppManifestV1_1.xsd";

/** The schema folder kept beside the repository (data, not part of the project). */
export function defaultXsdDir(repoRoot: string): string {
  return resolve(repoRoot, "..", "shared", "office-manifest-xsd");
}

export type CheckKind = "schema" | "resid" | "url" | "icon";

export interface ManifestIssue {
  readonly check: CheckKind;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly line?: number;
}

export type SchemaResult =
  | { readonly ran: true; readonly valid: boolean; readonly schemaFiles: readonly string[]; readonly issues: readonly ManifestIssue[] }
  | { readonly ran: false; readonly reason: string };

export interface OwnCheckResult {
  readonly issues: readonly ManifestIssue[];
  /** How much each check looked at, so a report (and a test) can tell that it really ran. */
  readonly counted: { readonly resids: number; readonly urls: number; readonly icons: number };
}

export interface ManifestReport {
  readonly schema: SchemaResult;
  readonly own: OwnCheckResult;
  /** No errors in the checks that ran (warnings allowed). */
  readonly ok: boolean;
}

export interface ValidateOptions {
  /** Folder with the .xsd files; when it does not exist the schema part is reported as not run. */
  readonly xsdDir: string;
  readonly assetsDir: string;
  readonly host?: string;
  /** File name used in xmllint's messages. */
  readonly fileName?: string;
}

export async function validateManifest(xml: string, options: ValidateOptions): Promise<ManifestReport> {
  const schema = await validateSchema(xml, options.xsdDir, options.fileName ?? "manifest.xml");
  const own = checkManifest(xml, { host: options.host ?? ADDIN_HOST, assetsDir: options.assetsDir });
  const schemaOk = !schema.ran || schema.valid;
  return { schema, own, ok: schemaOk && own.issues.every((i) => i.severity !== "error") };
}

// ---------------------------------------------------------------------------------------------
// XSD

export async function validateSchema(xml: string, xsdDir: string, fileName = "manifest.xml"): Promise<SchemaResult> {
  if (!existsSync(join(xsdDir, MANIFEST_XSD))) {
    return { ran: false, reason: `找不到 ${join(xsdDir, MANIFEST_XSD)}，未做 XSD 校验` };
  }
  // xmllint-wasm does no I/O of its own: the entry schema goes in `schema`, and every file it
  // imports must be preloaded into its in-memory file system under the name the import uses.
  const files: XMLFileInfo[] = readdirSync(xsdDir)
    .filter((f) => f.toLowerCase().endsWith(".xsd"))
    .sort()
    .map((f) => ({ fileName: f, contents: readFileSync(join(xsdDir, f), "utf8") }));
  const entry = files.find((f) => f.fileName === MANIFEST_XSD);
  if (!entry) return { ran: false, reason: `${xsdDir} 中没有 ${MANIFEST_XSD}` };
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [entry],
    preload: files.filter((f) => f !== entry),
  });
  const issues: ManifestIssue[] = result.errors.map((e) => ({
    check: "schema",
    severity: "error",
    message: e.message,
    ...(e.loc ? { line: e.loc.lineNumber } : {}),
  }));
  // xmllint ends a failed run with "<file> fails to validate"; it is a summary, not an error of its own.
  const real = issues.filter((i) => !/fails to validate$/.test(i.message.trim()));
  return { ran: true, valid: result.valid, schemaFiles: files.map((f) => f.fileName), issues: real };
}

// ---------------------------------------------------------------------------------------------
// A small element reader. Well-formedness and structure are the schema's job; this reader only
// has to find elements, attributes and text of a manifest for cross-reference checks, which a
// regular-expression tokenizer does without adding an XML parser to the project's dependencies.

export interface XmlElement {
  /** Qualified name as written ("bt:Image"). */
  readonly name: string;
  /** Name without prefix ("Image"). */
  readonly local: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly line: number;
  readonly parent: XmlElement | null;
  readonly children: XmlElement[];
  text: string;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

export function readElements(xml: string): XmlElement[] {
  const all: XmlElement[] = [];
  // Typed through a holder because TypeScript narrows a plain `let` to null inside the loop.
  const open: { current: XmlElement | null } = { current: null };
  let line = 1;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, cdata, closing, name, rawAttrs, selfClosing, text] = m;
    if (name !== undefined) {
      if (closing) {
        open.current = open.current?.parent ?? null;
      } else {
        const attrs = new Map<string, string>();
        for (const a of (rawAttrs ?? "").matchAll(ATTR)) attrs.set(a[1]!, decodeEntities(a[2] ?? a[3] ?? ""));
        const el: XmlElement = { name, local: name.replace(/^.*:/, ""), attrs, line, parent: open.current, children: [], text: "" };
        open.current?.children.push(el);
        all.push(el);
        if (!selfClosing) open.current = el;
      }
    } else if (open.current && (text !== undefined || cdata !== undefined)) {
      open.current.text += text !== undefined ? decodeEntities(text) : cdata;
    }
    line += token.split("\n").length - 1;
  }
  return all;
}

// ---------------------------------------------------------------------------------------------
// Own checks

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which resource list an element's resid must point into. */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Title: "ShortStrings",
  Label: "ShortStrings",
  Description: "LongStrings",
};

/** Sizes Office documents for the top-level icons. */
const TOP_LEVEL_ICON_SIZE: Readonly<Record<string, number>> = { IconUrl: 32, HighResolutionIconUrl: 64 };

export interface CheckOptions {
  readonly host: string;
  readonly assetsDir: string;
}

export function checkManifest(xml: string, options: CheckOptions): OwnCheckResult {
  const elements = readElements(xml);
  const issues: ManifestIssue[] = [];
  const counted = { resids: 0, urls: 0, icons: 0 };

  // Resources: id → { kind, value }.
  const resources = new Map<string, { kind: ResourceKind; value: string; line: number }>();
  const used = new Set<string>();
  for (const el of elements) {
    const kind = el.parent?.local as ResourceKind | undefined;
    if (el.parent?.parent?.local !== "Resources" || !kind) continue;
    const id = el.attrs.get("id");
    if (!id) continue;
    if (resources.has(id)) {
      issues.push({ check: "resid", severity: "error", message: `资源 id "${id}" 重复定义`, line: el.line });
    }
    resources.set(id, { kind, value: el.attrs.get("DefaultValue") ?? "", line: el.line });
  }

  // Every resid resolves, and to the right kind of resource.
  for (const el of elements) {
    const resid = el.attrs.get("resid");
    if (resid === undefined) continue;
    counted.resids++;
    used.add(resid);
    const res = resources.get(resid);
    const expected = RESID_KIND[el.local];
    if (!res) {
      issues.push({ check: "resid", severity: "error", message: `<${el.name} resid="${resid}">：Resources 中没有这个资源`, line: el.line });
    } else if (expected && res.kind !== expected) {
      issues.push({
        check: "resid",
        severity: "error",
        message: `<${el.name} resid="${resid}">：应引用 bt:${expected} 中的资源，实际在 bt:${res.kind}`,
        line: el.line,
      });
    }
  }
  for (const [id, res] of resources) {
    if (!used.has(id)) issues.push({ check: "resid", severity: "warning", message: `资源 "${id}" 未被引用`, line: res.line });
  }

  // Every URL — attribute or text — is on the configured host. Namespace URIs are names, not links.
  const host = options.host.replace(/\/+$/, "");
  for (const el of elements) {
    const candidates: string[] = [];
    for (const [attr, value] of el.attrs) if (!attr.startsWith("xmlns") && attr !== "xsi:type") candidates.push(value);
    if (el.children.length === 0) candidates.push(el.text.trim());
    for (const value of candidates) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
      counted.urls++;
      if (value !== host && !value.startsWith(`${host}/`)) {
        issues.push({ check: "url", severity: "error", message: `<${el.name}> 的地址 ${value} 不在配置的主机 ${host} 上`, line: el.line });
      }
    }
  }

  // Icons: each declared size matches the PNG in assets/.
  const icons: { url: string; size: number; line: number; what: string }[] = [];
  for (const el of elements) {
    const topSize = TOP_LEVEL_ICON_SIZE[el.local];
    const topUrl = el.attrs.get("DefaultValue");
    if (topSize !== undefined && topUrl !== undefined) icons.push({ url: topUrl, size: topSize, line: el.line, what: el.name });
    if (el.local === "Image" && el.attrs.has("size") && el.attrs.has("resid")) {
      const res = resources.get(el.attrs.get("resid")!);
      if (res) icons.push({ url: res.value, size: Number(el.attrs.get("size")), line: el.line, what: `${el.name} resid="${el.attrs.get("resid")}"` });
    }
  }
  for (const icon of icons) {
    counted.icons++;
    const prefix = `${host}/assets/`;
    if (!icon.url.startsWith(prefix)) {
      issues.push({ check: "icon", severity: "error", message: `${icon.what}：图标 ${icon.url} 不在 ${prefix} 下`, line: icon.line });
      continue;
    }
    const file = join(options.assetsDir, decodeURIComponent(icon.url.slice(prefix.length).split(/[?#]/)[0]!));
    if (!existsSync(file)) {
      issues.push({ check: "icon", severity: "error", message: `${icon.what}：找不到图标文件 ${file}`, line: icon.line });
      continue;
    }
    const size = readPngSize(readFileSync(file));
    if (!size) {
      issues.push({ check: "icon", severity: "error", message: `${icon.what}：${file} 不是 PNG 文件`, line: icon.line });
    } else if (size.width !== icon.size || size.height !== icon.size) {
      issues.push({
        check: "icon",
        severity: "error",
        message: `${icon.what}：声明 ${icon.size}×${icon.size}，${file} 实际为 ${size.width}×${size.height}`,
        line: icon.line,
      });
    }
  }

  return { issues, counted };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (always the first chunk), or null if not a PNG. */
export function readPngSize(data: Uint8Array): { width: number; height: number } | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Human-readable report, Chinese like the rest of the tool's output. */
export function formatReport(report: ManifestReport): string {
  const lines: string[] = [];
  const where = (i: ManifestIssue): string => (i.line !== undefined ? `第 ${i.line} 行：` : "");
  if (report.schema.ran) {
    lines.push(
      report.schema.valid
        ? `XSD 校验：通过（${MANIFEST_XSD}，共加载 ${report.schema.schemaFiles.length} 个 .xsd）`
        : `XSD 校验：失败（${report.schema.issues.length} 处）`,
    );
    for (const i of report.schema.issues) lines.push(`  ✗ ${where(i)}${i.message}`);
  } else {
    lines.push(`XSD 校验：未运行 — ${report.schema.reason}`);
  }
  const errors = report.own.issues.filter((i) => i.severity === "error");
  const { resids, urls, icons } = report.own.counted;
  lines.push(
    `项目检查（resid ${resids} 处，URL ${urls} 个，图标 ${icons} 个）：${errors.length === 0 ? "通过" : `失败（${errors.length} 处）`}`,
  );
  for (const i of report.own.issues) lines.push(`  ${i.severity === "error" ? "✗" : "!"} [${i.check}] ${where(i)}${i.message}`);
  return lines.join("\n");
}
