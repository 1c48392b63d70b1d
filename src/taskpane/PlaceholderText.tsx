import { makeStyles, tokens } from "@fluentui/react-components";
import { splitPlaceholders } from "./view/narrative-view";

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: "1px",
  },
});

/** Text with 【待补充…】 placeholders highlighted, so the accountant sees what is left to fill in. */
export function PlaceholderText({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <>
      {splitPlaceholders(text).map((run, i) =>
        run.placeholder ? (
          <mark key={i} className={styles.mark} data-testid="placeholder">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
