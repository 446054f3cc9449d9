import { Button } from 'design-react-kit';

interface ProgressButtonProps {
  pending: boolean;
  label: string;
  /** What the button says while the action runs, e.g. "Registrazione in corso…". */
  pendingLabel: string;
  type?: 'submit' | 'button';
  outline?: boolean;
  onClick?: () => void;
}

/** Disabled and saying so while its action runs: a second press cannot send it twice. */
export function ProgressButton({ pending, label, pendingLabel, type = 'submit', outline, onClick }: ProgressButtonProps) {
  return (
    <>
      <Button type={type} color="primary" outline={outline} disabled={pending} onClick={onClick}>
        {pending ? pendingLabel : label}
      </Button>
      <span className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </span>
    </>
  );
}
