import { Body1, Caption1, Card, CardHeader, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { TabInfo } from "./tabs";

const useStyles = makeStyles({
  card: {
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  soon: {
    color: tokens.colorNeutralForeground3,
  },
});

/** Placeholder until the real panels (校验 / 情况说明 / 图表) land. */
export function ComingSoonPanel({ tab }: { readonly tab: TabInfo }) {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <CardHeader header={<Subtitle2 as="h2">{tab.title}</Subtitle2>} />
      <Body1>{tab.description}</Body1>
      <Caption1 className={styles.soon}>此功能即将推出。</Caption1>
    </Card>
  );
}
