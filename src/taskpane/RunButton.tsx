import { Button, Spinner } from "@fluentui/react-components";

interface Props {
  readonly label: string;
  readonly running: boolean;
  readonly disabled?: boolean;
  readonly onRun: () => void;
  readonly appearance?: "primary" | "secondary";
}

/** A button that shows a spinner and refuses clicks while its action runs. */
export function RunButton({ label, running, disabled = false, onRun, appearance = "primary" }: Props) {
  return (
    <Button
      appearance={appearance}
      disabled={running || disabled}
      disabledFocusable={running}
      aria-busy={running}
      icon={running ? <Spinner size="tiny" /> : undefined}
      onClick={onRun}
    >
      {label}
    </Button>
  );
}
