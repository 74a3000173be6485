// The app's radio group: react-aria's (native radio inputs inside), so arrow keys move the choice,
// Tab leaves the group, and the group's help text is tied to it (WCAG 3.3.5).
import { Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components';
import './radio.css';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

interface RadioGroupProps<T extends string> {
  label: string;
  description: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({
  label,
  description,
  value,
  options,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <AriaRadioGroup
      className="radio-group"
      value={value}
      onChange={(next) => {
        const option = options.find((candidate) => candidate.value === next);
        if (option) onChange(option.value);
      }}
    >
      <Label className="field-label">{label}</Label>
      <Text slot="description" className="field-help">
        {description}
      </Text>
      <div className="radio-options">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="radio">
            {option.label}
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  );
}
