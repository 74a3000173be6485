// A choice of one among a few, shown as a row of buttons: react-aria's RadioGroup, whose options are
// native radio inputs. Native inputs matter here: in a prerendered page they work before (and
// without) script, and CSS can follow the checked one (reading-modes.css does). Arrow keys move the
// choice, Tab leaves the group. Chosen is shown by fill and an inner ring, so it survives forced colours.
import { Radio, RadioGroup } from 'react-aria-components';

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
  return (
    <RadioGroup
      name={name}
      aria-labelledby={labelledBy}
      {...(describedBy === undefined ? {} : { 'aria-describedby': describedBy })}
      orientation="horizontal"
      className="toggle-group"
      value={selected}
      onChange={(value) => {
        const next = options.find((option) => option.id === value);
        if (next !== undefined) onChange(next.id);
      }}
    >
      {options.map((option) => (
        <Radio
          key={option.id}
          value={option.id}
          className="toggle-button"
          isDisabled={option.isDisabled ?? false}
        >
          {option.label}
        </Radio>
      ))}
    </RadioGroup>
  );
}
