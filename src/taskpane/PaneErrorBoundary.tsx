import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { toUserMessage } from "./host/user-message";
import { CurrentMessageContext, type PaneMessage, type PaneMessages, PaneMessagesContext } from "./pane-messages";

interface Props {
  readonly children: ReactNode;
}

interface State {
  /** An error thrown while rendering: the children cannot be shown until the user retries. */
  readonly crashed: string | null;
  /** The latest message from an action (error or notice), shown above the children. */
  readonly message: PaneMessage | null;
}

let nextId = 1;

/**
 * The one place errors are shown. Render errors (getDerivedStateFromError) replace the pane with
 * a Chinese message and a retry button; errors of actions arrive through `report` and show above
 * the pane (PaneMessageBar, placed by the pane) while it stays usable. The technical detail goes to the console for bug reports.
 */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { crashed: null, message: null };

  private readonly messages: PaneMessages = {
    report: (err) => {
      const m = toUserMessage(err);
      console.error(`[决算公开助手] ${m.text}\n${m.detail}`);
      this.setState({ message: { kind: "error", text: m.text, id: nextId++ } });
    },
    notify: (kind, text) => this.setState({ message: { kind, text, id: nextId++ } }),
    dismiss: () => this.setState({ message: null }),
  };

  static getDerivedStateFromError(err: unknown): Partial<State> {
    return { crashed: toUserMessage(err).text };
  }

  override componentDidCatch(err: unknown, info: ErrorInfo): void {
    console.error(`[决算公开助手] 界面出错\n${toUserMessage(err).detail}\n${info.componentStack ?? ""}`);
  }

  override render() {
    const { crashed, message } = this.state;
    return (
      <PaneMessagesContext.Provider value={this.messages}>
        {crashed !== null ? (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>出错了</MessageBarTitle>
              {crashed}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => this.setState({ crashed: null, message: null })}>重试</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <CurrentMessageContext.Provider value={message}>{this.props.children}</CurrentMessageContext.Provider>
        )}
      </PaneMessagesContext.Provider>
    );
  }
}
