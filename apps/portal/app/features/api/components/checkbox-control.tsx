import { Input, Label } from '@digdir/designsystemet-react';

/** A controlled checkbox for a page's own state (the shared CheckboxField is for posted forms). */
export function CheckboxControl({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="ds-field portal-choice">
      <Input type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
    </div>
  );
}
