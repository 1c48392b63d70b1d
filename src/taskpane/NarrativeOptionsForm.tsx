import { Field, makeStyles, Radio, RadioGroup, Switch, tokens } from "@fluentui/react-components";
import { templateIdForFamily, TEMPLATES } from "../core/narrative";
import type { FormatFamily } from "../core/tables/model";
import type { PaneSettings } from "./host/settings-store";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS } });

interface Props {
  readonly settings: PaneSettings;
  readonly onChange: (change: Partial<PaneSettings>) => void;
  /** The workbook's family once read, to say what "按表式" picks. */
  readonly family?: FormatFamily | null;
}

const CHOICES: readonly PaneSettings["narrativeTemplate"][] = ["auto", "sichuan", "shanghai"];

/** The template and the two wording options (narrative.md §1.4); kept with the document. */
export function NarrativeOptionsForm({ settings, onChange, family }: Props) {
  const styles = useStyles();
  const label = (choice: PaneSettings["narrativeTemplate"]) =>
    choice === "auto" ? `按表式自动选择${family ? `（本工作簿：${TEMPLATES[templateIdForFamily(family)].name}）` : ""}` : TEMPLATES[choice].name;
  return (
    <div className={styles.root} role="group" aria-label="情况说明选项">
      <Field label="情况说明模板">
        <RadioGroup
          value={settings.narrativeTemplate}
          onChange={(_, d) => {
            const next = CHOICES.find((c) => c === d.value);
            if (next) onChange({ narrativeTemplate: next });
          }}
        >
          {CHOICES.map((c) => (
            <Radio key={c} value={c} label={label(c)} />
          ))}
        </RadioGroup>
      </Field>
      <Switch
        label="保留末尾的0（如 689.90、15.00%；上海模板总是保留）"
        checked={settings.keepTrailingZeros}
        onChange={(_, d) => onChange({ keepTrailingZeros: d.checked })}
      />
      <Switch
        label="列出为0的类别"
        checked={settings.listZeroCategories}
        onChange={(_, d) => onChange({ listZeroCategories: d.checked })}
      />
    </div>
  );
}
