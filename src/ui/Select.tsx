// The app's select: react-aria's (a button that opens a list box), so arrow keys, type-ahead, Escape
// and focus return work, and the help text is tied to it (WCAG 3.3.5). For long lists (a system can
// have hundreds of voices) where radio buttons would not fit.
import {
  Button as AriaButton,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import './select.css';

export interface SelectOption {
  id: string;
  label: string;
}

interface SelectProps {
  label: string;
  description: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  isDisabled?: boolean;
}

export function Select({ label, description, value, options, onChange, isDisabled = false }: SelectProps) {
  return (
    <AriaSelect
      className="select"
      selectedKey={value}
      isDisabled={isDisabled}
      onSelectionChange={(key: Key | null) => {
        const option = options.find((candidate) => candidate.id === key);
        if (option) onChange(option.id);
      }}
    >
      <Label className="field-label">{label}</Label>
      <Text slot="description" className="field-help">
        {description}
      </Text>
      <AriaButton className="select-button">
        <SelectValue className="select-value" />
      </AriaButton>
      <Popover className="select-popover">
        <ListBox className="select-list" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="select-option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
