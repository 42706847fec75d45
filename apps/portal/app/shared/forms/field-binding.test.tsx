import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AddressFields } from './address-fields';
import { CheckboxField, ChoiceGroup } from './choice-fields';
import { bindFields } from './field-binding';
import { SelectField, TextField } from './form-fields';

interface Values {
  name: string;
  street: string;
  postalCode: string;
  postalPlace: string;
  kind: string;
  themes: string[];
  open: boolean;
}

const values: Values = {
  name: 'Sorggruppe',
  street: 'Strandgaten 1',
  postalCode: '50x',
  postalPlace: 'Bergen',
  kind: 'B',
  themes: ['t2'],
  open: true,
};

const field = bindFields({
  values,
  errors: { fields: { name: 'Name is required', postalCode: 'Four digits' }, form: [] },
  id: (name: keyof Values | 'password') => `test-${name}`,
  label: (name: keyof Values | 'password') => `Label ${name}`,
});

describe('field binding', () => {
  it('ties each field to its label, its kept value and its error, and marks it required', () => {
    const html = renderToStaticMarkup(<TextField {...field.text('name')} required />);
    expect(html).toContain('<label class="ds-label" for="test-name">Label name</label>');
    expect(html).toContain('value="Sorggruppe"');
    expect(html).toContain('name="name"');
    expect(html).toContain('aria-required="true"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="test-name-error"');
    expect(html).toContain('id="test-name-error">Name is required</p>');
  });

  it('keeps a choice, the ticked boxes and a checkbox as they were posted', () => {
    const select = renderToStaticMarkup(
      <SelectField
        {...field.text('kind')}
        blank="Choose"
        options={[
          { value: 'A', label: 'a' },
          { value: 'B', label: 'b' },
        ]}
      />,
    );
    expect(select).toContain(
      '<option value="">Choose</option><option value="A">a</option><option value="B" selected="">b</option>',
    );
    const group = renderToStaticMarkup(
      <ChoiceGroup
        {...field.choice('themes')}
        type="checkbox"
        options={[
          { value: 't1', label: 'one' },
          { value: 't2', label: 'two' },
        ]}
      />,
    );
    expect(group).toContain('<legend');
    expect(group).toContain('Label themes');
    expect(group).toMatch(/id="test-themes-t2"[^>]*checked=""|checked=""[^>]*id="test-themes-t2"/);
    expect(group).not.toMatch(/id="test-themes"[^>]*checked=""/);
    expect(renderToStaticMarkup(<CheckboxField {...field.check('open')} />)).toContain('checked=""');
  });

  it('never shows a password again', () => {
    const html = renderToStaticMarkup(<TextField {...field.secret('password')} type="password" />);
    expect(html).toContain('for="test-password">Label password</label>');
    expect(html).not.toContain('value=');
  });

  it('lays out an address, offering the browser’s saved address only when asked', () => {
    const address = (autofill: boolean) =>
      renderToStaticMarkup(
        <AddressFields
          street={field.text('street')}
          postalCode={field.text('postalCode')}
          postalPlace={field.text('postalPlace')}
          autofill={autofill}
        />,
      );
    const venue = address(false);
    expect(venue.match(/autoComplete="off"/g)).toHaveLength(3);
    expect(venue).toContain('<div class="portal-field-row">');
    expect(venue).toContain('aria-describedby="test-postalCode-error"');
    expect(venue).toContain('value="50x"');
    const partner = address(true);
    expect(partner).toContain('autoComplete="street-address"');
    expect(partner).toContain('autoComplete="postal-code"');
    expect(partner).toContain('autoComplete="address-level2"');
  });
});
