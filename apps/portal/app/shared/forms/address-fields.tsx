import type { BoundText } from './field-binding';
import { TextField } from './form-fields';

export interface AddressFieldsProps {
  street: BoundText;
  postalCode: BoundText;
  postalPlace: BoundText;
  /**
   * The browser may offer an address it knows (a partner's own address). Off where the address
   * is someone else's, such as a group's venue, so the staff member's own address is not offered.
   */
  autofill?: boolean;
}

/** A Norwegian postal address: street, then postal code and place side by side. */
export function AddressFields({ street, postalCode, postalPlace, autofill = false }: AddressFieldsProps) {
  const token = (name: string) => (autofill ? name : 'off');
  return (
    <>
      <TextField {...street} autoComplete={token('street-address')} />
      <div className="portal-field-row">
        <TextField {...postalCode} inputMode="numeric" size={6} autoComplete={token('postal-code')} />
        <TextField {...postalPlace} autoComplete={token('address-level2')} />
      </div>
    </>
  );
}
