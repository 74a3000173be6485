// A set of buttons of which one is chosen: react-aria's ToggleButtonGroup in single selection, which a
// screen reader hears as a radio group and arrow keys move through. Chosen is shown by a thick border
// and weight as well as colour, so it survives forced colours.
import type { ReactNode } from 'react';
import { ToggleButton, ToggleButtonGroup as AriaToggleButtonGroup, type Key } from 'react-aria-components';

export interface ToggleOption<K extends string> {
  id: K;
  label: ReactNode;
  isDisabled?: boolean;
}

interface ToggleButtonGroupProps<K extends string> {
  options: readonly ToggleOption<K>[];
  selected: K;
  onChange: (selected: K) => void;
  'aria-labelledby': string;
  'aria-describedby'?: string | undefined;
  className?: string;
}

export function ToggleButtonGroup<K extends string>({
  options,
  selected,
  onChange,
  className,
  'aria-describedby': describedBy,
  ...labelling
}: ToggleButtonGroupProps<K>) {
  const onSelectionChange = (keys: Set<Key>) => {
    const next = options.find((option) => keys.has(option.id));
    if (next !== undefined) onChange(next.id);
  };
  return (
    <AriaToggleButtonGroup
      {...labelling}
      {...(describedBy === undefined ? {} : { 'aria-describedby': describedBy })}
      className={['toggle-group', className].filter(Boolean).join(' ')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[selected]}
      onSelectionChange={onSelectionChange}
    >
      {options.map((option) => (
        <ToggleButton
          key={option.id}
          id={option.id}
          className="toggle-button"
          isDisabled={option.isDisabled ?? false}
        >
          {option.label}
        </ToggleButton>
      ))}
    </AriaToggleButtonGroup>
  );
}
