import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { HostBadge } from "./HostBadge";
import type { OfficeHostState } from "./office-host";
import { isOfflinePage } from "./page-mode";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  logo: {
    width: "24px",
    height: "24px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusMedium,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForegroundOnBrand}`,
  },
});

export function Header({ host }: { readonly host: OfficeHostState }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        {/* The offline page is one file: no assets/ folder beside it. */}
        {!isOfflinePage() && <img className={styles.logo} src="assets/icon-32.png" alt="" width={24} height={24} />}
        <Text as="h1" size={500} weight="semibold" wrap={false} truncate>
          决算公开助手
        </Text>
      </div>
      <HostBadge host={host} />
    </header>
  );
}
