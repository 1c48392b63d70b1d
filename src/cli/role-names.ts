/**
 * The reader's column roles and 三公 items in Chinese, for text output. JSON keeps the stable
 * English keys (documented in the README); a person reading `juesuan tables` sees 收入·金额, not
 * income.amount.
 */
import { SANGONG_ZH } from "../core/rules/describe";

const NAMES: Readonly<Record<string, string>> = {
  // column roles (src/core/tables/model.ts)
  amount: "金额",
  total: "合计",
  fiscal: "财政拨款",
  superior: "上级补助",
  business: "事业收入",
  operating: "经营收入",
  affiliated: "附属单位上缴",
  other: "其他收入",
  basic: "基本支出",
  project: "项目支出",
  toSuperior: "上缴上级支出",
  operatingExp: "经营支出",
  toAffiliated: "对附属单位补助支出",
  gpb: "一般公共预算",
  gfb: "政府性基金预算",
  socb: "国有资本经营预算",
  opening: "年初结转和结余",
  income: "收入",
  expTotal: "本年支出",
  closing: "年末结转和结余",
  budget: "预算数",
  actual: "决算数",
  label: "项目",
  lineNo: "行次",
  code: "科目编码",
  codeClass: "类",
  codeSection: "款",
  codeItem: "项",
  name: "科目名称",
  // panels of side-by-side tables
  expenditure: "支出",
  personnel: "人员经费",
  public: "公用经费",
  // 三公 items: the names the rules' messages use
  ...SANGONG_ZH,
};

/** "income.amount" → "收入·金额", "sgTotal.budget" → "“三公”经费合计·预算数"; Chinese parts stay. */
export function roleText(key: string): string {
  return key
    .split(".")
    .map((part) => NAMES[part] ?? part)
    .join("·");
}
