import { Table } from 'design-react-kit';
import type { ReactNode } from 'react';

interface DataTableProps {
  caption: string;
  /** For screen readers only, where the heading above already says what the table holds. */
  hiddenCaption?: boolean;
  /** The column headers, in order. */
  columns: ReactNode[];
  striped?: boolean;
  /** Marks the table as being refreshed. */
  busy?: boolean;
  className?: string;
  /** The body's rows. */
  children: ReactNode;
}

/** A scrollable table with its caption and column headers, as every list of the portal shows them. */
export function DataTable({ caption, hiddenCaption, columns, striped, busy, className, children }: DataTableProps) {
  return (
    <div className="table-responsive" aria-busy={busy}>
      <Table striped={striped} className={className}>
        <caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              // Headers keep their place while the table is shown: the position is their identity.
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </Table>
    </div>
  );
}
