/** Relationship parts (`_rels/*.rels`): how a workbook finds its sheets, strings and styles. */
import { parseAttributes, scanXml } from "../xml/scan-xml";

export interface Relationship {
  readonly id: string;
  /** The type URI's last segment ("worksheet", "sharedStrings"): Transitional and Strict differ only before it. */
  readonly kind: string;
  /** Part name the target resolves to, without a leading "/" ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  readonly external: boolean;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a target relative to the folder of `source` ("worksheets/sheet1.xml", "/xl/…", "../…"). */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is a literal part of the name.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of decoded.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

export function parseRelationships(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name !== "Relationship") return;
        const a = parseAttributes(attrs);
        const type = a.Type ?? "";
        const external = (a.TargetMode ?? "").toLowerCase() === "external";
        out.push({ id: a.Id ?? "", kind: type.slice(type.lastIndexOf("/") + 1), part: external ? (a.Target ?? "") : resolveTarget(source, a.Target ?? ""), external });
      },
      close() {},
      text() {},
    },
    relationshipsPartOf(source),
  );
  return out;
}
