import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FILE_HOST_READ_ONLY } from "./host/workbook-host";

const useStyles = makeStyles({ note: { color: tokens.colorNeutralForeground3 } });

/** Said once per panel instead of showing buttons that cannot work outside Excel. */
export function ReadOnlyNote() {
  const styles = useStyles();
  return <Caption1 className={styles.note}>{FILE_HOST_READ_ONLY}</Caption1>;
}
