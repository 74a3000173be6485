// A choice of one among a few, shown as a row of buttons: native radio inputs, which keep working in a
// prerendered page before (and without) script, and which CSS can follow (reading-modes.css does).
// The browser gives the keyboard behaviour: arrow keys move the choice, Tab enters at the checked one
// and leaves the group. (react-aria's Radio hides its input with an inline style, which the strict CSP
// refuses in server-rendered HTML.) Chosen is shown by an accent edge and a bar along its foot, at the
// same weight, so no width changes; forced colours keep it.
import type { ChangeEvent } from 'react';
import './segmented.css';

export interface SegmentOption<K extends string> {
  id: K;
  label: string;
  isDisabled?: boolean;
}

interface SegmentedControlProps<K extends string> {
  /** The inputs' name: also what CSS selects the checked one by. */
  name: string;
  options: readonly SegmentOption<K>[];
  selected: K;
  onChange: (selected: K) => void;
  'aria-labelledby': string;
  'aria-describedby'?: string | undefined;
}

export function SegmentedControl<K extends string>({
  name,
  options,
  selected,
  onChange,
  'aria-labelledby': labelledBy,
  'aria-describedby': describedBy,
}: SegmentedControlProps<K>) {
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const next = options.find((option) => option.id === event.target.value);
    if (next !== undefined) onChange(next.id);
  };
  return (
    <div
      className="toggle-group"
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      {options.map((option) => (
        <label key={option.id} className="toggle-button">
          <input
            className="visually-hidden"
            type="radio"
            name={name}
            value={option.id}
            checked={option.id === selected}
            disabled={option.isDisabled ?? false}
            onChange={choose}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
