import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useCurrentMessage, usePaneMessages } from "./pane-messages";

const useStyles = makeStyles({
  bar: { marginInline: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
});

const TITLES = { error: "出错了", warning: "请注意", success: "完成", info: "提示" } as const;

/** The latest error or notice, dismissable; a new message replaces the old one. */
export function PaneMessageBar() {
  const styles = useStyles();
  const message = useCurrentMessage();
  const { dismiss } = usePaneMessages();
  if (!message) return null;
  return (
    <MessageBar
      key={message.id}
      className={styles.bar}
      intent={message.kind}
      layout="multiline"
      role={message.kind === "error" ? "alert" : "status"}
      data-testid="pane-message"
    >
      <MessageBarBody>
        <MessageBarTitle>{TITLES[message.kind]}</MessageBarTitle>
        {message.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={dismiss} aria-label="关闭提示">
          关闭
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
