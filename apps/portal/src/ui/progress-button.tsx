import { Button } from 'design-react-kit';

interface ProgressButtonProps {
  pending: boolean;
  label: string;
  /** What the button says while its action runs, e.g. "Invio in corso…". */
  pendingLabel: string;
  type?: 'submit' | 'button';
  color?: string;
  outline?: boolean;
  size?: 'sm' | 'lg';
  className?: string;
  /** Also disabled, e.g. while another action of the same form runs. */
  disabled?: boolean;
  onClick?: () => void;
}

/** A button that shows its action's progress, announces it, and cannot be pressed twice meanwhile. */
export function ProgressButton({ pending, label, pendingLabel, type = 'submit', color = 'primary', outline, size, className, disabled, onClick }: ProgressButtonProps) {
  return (
    <>
      <Button type={type} color={color} outline={outline} size={size} className={className} disabled={pending || disabled} onClick={onClick}>
        {pending ? pendingLabel : label}
      </Button>
      <span className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </span>
    </>
  );
}
