// The app's switch: react-aria's (a checkbox with role="switch"), with help text tied to it by
// aria-describedby so a screen reader reads what it does (WCAG 3.3.5).
import { useId, type ReactNode } from 'react';
import { Switch as AriaSwitch, type SwitchProps as AriaSwitchProps } from 'react-aria-components';
import './switch.css';

interface SwitchProps extends Omit<AriaSwitchProps, 'children' | 'className'> {
  children: ReactNode;
  description?: ReactNode;
}

export function Switch({ children, description, ...props }: SwitchProps) {
  const descriptionId = useId();
  return (
    <div className="switch-field">
      <AriaSwitch
        {...props}
        className="switch"
        {...(description !== undefined && { 'aria-describedby': descriptionId })}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-label">{children}</span>
      </AriaSwitch>
      {description !== undefined && (
        <p id={descriptionId} className="field-help">
          {description}
        </p>
      )}
    </div>
  );
}
