import { Badge, Button, Card, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { PlaceholderText } from "./PlaceholderText";
import type { NarrativeSection } from "./view/narrative-view";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  para: { margin: 0, lineHeight: tokens.lineHeightBase400, wordBreak: "break-word" },
  text: { textIndent: "2em" },
  sub: { fontWeight: tokens.fontWeightSemibold },
  missing: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}`, paddingLeft: tokens.spacingHorizontalXS },
});

interface Props {
  readonly section: NarrativeSection;
  readonly onCopy: () => void;
}

/** One section (一 … 十) of the 情况说明, with its own 复制本节. */
export function NarrativeSectionCard({ section, onCopy }: Props) {
  const styles = useStyles();
  const [first, ...rest] = section.paragraphs;
  const headed = first?.kind === "heading";
  const body = headed ? rest : section.paragraphs;
  return (
    <Card className={styles.card} size="small" data-testid="narrative-section" data-section={section.key}>
      <div className={styles.head}>
        <Text as="h3" size={300} className={styles.heading}>
          {headed ? first.text : section.title}
        </Text>
        <span>
          {section.placeholders > 0 && (
            <Badge appearance="tint" color="warning" size="small">{`待补充 ${section.placeholders}`}</Badge>
          )}
          <Button size="small" appearance="subtle" onClick={onCopy}>
            复制本节
          </Button>
        </span>
      </div>
      {body.map((p) => (
        <p
          key={p.id}
          className={mergeClasses(styles.para, p.kind === "heading" ? styles.sub : styles.text, p.missing.length > 0 && styles.missing)}
          title={p.missing.length > 0 ? "本段缺少数据，见【待补充】" : undefined}
        >
          <PlaceholderText text={p.text} />
        </p>
      ))}
    </Card>
  );
}
