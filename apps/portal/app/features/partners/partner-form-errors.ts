import type { FieldOfPath } from '../../shared/forms/form-errors';

/**
 * The partner forms' reading of a gateway path: the document is named by its parts
 * (`input.attachment.contentBase64`) and the form has one input for it. List indexes
 * (`input.partner.workingDistrictIds.0`) are left out by formErrorsFromGateway itself.
 */
export function partnerFieldOf<Field extends string>(formFields: readonly Field[]): FieldOfPath<Field> {
  return (path) => {
    const segments = path.split('.');
    const attachment = segments.indexOf('attachment');
    const name = attachment >= 0 ? 'attachment' : undefined;
    return name !== undefined && (formFields as readonly string[]).includes(name) ? (name as Field) : undefined;
  };
}
