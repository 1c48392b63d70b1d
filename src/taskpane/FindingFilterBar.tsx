import { Input, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { KIND_LABELS, KIND_ORDER, type FindingFilter, type FindingKind, type KindCounts } from "./view/check-view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  kinds: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface Props {
  readonly filter: FindingFilter;
  readonly counts: KindCounts;
  readonly onChange: (filter: FindingFilter) => void;
}

/** Toggle by kind (none pressed = all) and free text over message, rule id, table and cells. */
export function FindingFilterBar({ filter, counts, onChange }: Props) {
  const styles = useStyles();
  const toggle = (kind: FindingKind) => {
    const kinds = filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind];
    onChange({ ...filter, kinds });
  };
  return (
    <div className={styles.root}>
      <div className={styles.kinds} role="group" aria-label="按类型筛选">
        {KIND_ORDER.filter((k) => counts[k] > 0).map((kind) => (
          <ToggleButton key={kind} size="small" shape="circular" checked={filter.kinds.includes(kind)} onClick={() => toggle(kind)}>
            {`${KIND_LABELS[kind]} ${counts[kind]}`}
          </ToggleButton>
        ))}
      </div>
      <Input
        size="small"
        type="search"
        placeholder="筛选：单元格、表号或文字"
        aria-label="筛选问题"
        value={filter.text}
        onChange={(_, data) => onChange({ ...filter, text: data.value })}
      />
    </div>
  );
}
