import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../core/rules/findings";
import { FindingItem } from "./FindingItem";
import { KIND_LABELS, KIND_ORDER, type FindingGroup } from "./view/check-view";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: "none" },
  header: { minWidth: 0 },
});

interface Props {
  readonly groups: readonly FindingGroup[];
  readonly onSelect: ((finding: Finding) => void) | null;
  readonly active: Finding | null;
}

function summary(group: FindingGroup): string {
  return KIND_ORDER.filter((k) => group.counts[k] > 0)
    .map((k) => `${KIND_LABELS[k]} ${group.counts[k]}`)
    .join("，");
}

/** Findings under their table (公开06表 …), every group open at first. */
export function FindingGroupList({ groups, onSelect, active }: Props) {
  const styles = useStyles();
  if (groups.length === 0) return <Body1>没有符合筛选条件的问题。</Body1>;
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.table)} data-testid="finding-groups">
      {groups.map((group) => (
        <AccordionItem key={group.table} value={group.table}>
          <AccordionHeader size="small" className={styles.header}>
            {`${group.title}（${summary(group)}）`}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.findings.map((f, i) => (
                <li key={`${f.ruleId}-${i}`}>
                  <FindingItem finding={f} onSelect={onSelect ? () => onSelect(f) : null} active={f === active} />
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
