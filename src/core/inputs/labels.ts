import type { Unit } from "../amounts";
import { normaliseText } from "../tables/normalise";
import { ALL_FIELDS, CODED_PREFIXES, codedKey, type FieldKind, type InputField } from "./fields";

/**
 * Matching of 补充信息 labels. Accountants type these by hand, so the comparison ignores what
 * varies without changing the meaning: spaces, half/full-width brackets and colons, quotes,
 * the 、 of 收、支, the optional （境） of 出国（境）, 人数 for 人次, 运行费 for 运行维护费, and a
 * trailing unit such as （万元）.
 */
export function labelMatchKey(label: string): string {
  let t = normaliseText(label).replace(/：+$/, "");
  t = stripUnitSuffix(t).text;
  t = t.replace(/、/g, "").replace(/（境）/g, "");
  t = t.replace(/人数$/, "人次").replace(/人数（/, "人次（");
  t = t.replace(/(?<!维护)运行费/g, "运行维护费");
  return t;
}

const UNIT_SUFFIX = /（(万元|元|辆|人|人次|次|个|批次|台（套）|台套|项)）$/;

/** "上年收支总计（万元）" → text without the suffix and, for money, the unit it states. */
export function stripUnitSuffix(text: string): { text: string; unit: Unit | null } {
  const m = UNIT_SUFFIX.exec(text);
  if (!m) return { text, unit: null };
  const unit = m[1] === "万元" || m[1] === "元" ? (m[1] as Unit) : null;
  return { text: text.slice(0, m.index), unit };
}

const FIELD_BY_MATCH_KEY: ReadonlyMap<string, InputField> = (() => {
  const map = new Map<string, InputField>();
  for (const field of ALL_FIELDS) {
    for (const l of [field.label, ...(field.synonyms ?? [])]) map.set(labelMatchKey(l), field);
  }
  return map;
})();

export interface ResolvedLabel {
  readonly key: string;
  readonly kind: FieldKind;
  /** The canonical label (placeholders and messages use it). */
  readonly label: string;
  /** A unit the label itself states ("（元）"), which overrides 万元 for amounts. */
  readonly unit: Unit | null;
}

/** Maps a 项目 cell to its input key, or null for an unknown label. */
export function resolveLabel(raw: string): ResolvedLabel | null {
  const normalised = normaliseText(raw).replace(/：+$/, "");
  const { unit } = stripUnitSuffix(normalised);
  const key = labelMatchKey(raw);
  const direct = FIELD_BY_MATCH_KEY.get(key) ?? FIELD_BY_MATCH_KEY.get(suffixToPrefixForm(key));
  if (direct) return { key: direct.key, kind: direct.kind, label: direct.label, unit };
  const sep = key.indexOf("：");
  if (sep > 0) {
    const prefix = key.slice(0, sep);
    const code = key.slice(sep + 1);
    const coded = CODED_PREFIXES.find((p) => p.prefix === prefix);
    if (coded && /^\d{3}(\d{2}){0,2}$/.test(code)) {
      return { key: codedKey(coded.keyBase, code), kind: coded.kind, label: `${coded.label}：${code}`, unit };
    }
  }
  return null;
}

/** "收支总计变动原因" → "变动原因：收支总计" (both orders are written in practice). */
function suffixToPrefixForm(key: string): string {
  const m = /^(.+?)(变动原因|预决算差异原因)$/.exec(key);
  return m ? `${m[2]}：${m[1]}` : key;
}

/** A header row: 项目 | 数值 (| 说明). */
export function isHeaderLabel(raw: string): boolean {
  return /^(项目|名称|指标|项目名称)$/.test(normaliseText(raw));
}

/** Section captions a user may add between rows ("一、上年数", "（二）三公统计"), skipped silently. */
export function isCaptionLabel(raw: string): boolean {
  const t = normaliseText(raw);
  return /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(t) || /^【.*】$/.test(t);
}
