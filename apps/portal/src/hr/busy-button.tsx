import { Button } from 'design-react-kit';

interface BusyButtonProps {
  pending: boolean;
  label: string;
  /** What the button says while the action runs, e.g. "Salvataggio in corso…". */
  pendingLabel: string;
  type?: 'submit' | 'button';
  color?: string;
  outline?: boolean;
  onClick?: () => void;
  className?: string;
}

/** A button that cannot be pressed twice: disabled, and saying so, while its action runs. */
export function BusyButton({ pending, label, pendingLabel, type = 'submit', color = 'primary', outline, onClick, className }: BusyButtonProps) {
  return (
    <>
      <Button type={type} color={color} outline={outline} disabled={pending} onClick={onClick} className={className}>
        {pending ? pendingLabel : label}
      </Button>
      <span className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </span>
    </>
  );
}
