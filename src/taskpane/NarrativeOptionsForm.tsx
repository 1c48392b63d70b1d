import { makeStyles, Switch, tokens } from "@fluentui/react-components";
import type { PaneSettings } from "./host/settings-store";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS } });

interface Props {
  readonly settings: PaneSettings;
  readonly onChange: (change: Partial<PaneSettings>) => void;
}

/** The two wording options (narrative.md §1.4); kept with the document. */
export function NarrativeOptionsForm({ settings, onChange }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label="情况说明选项">
      <Switch
        label="保留末尾的0（如 689.90、15.00%）"
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
