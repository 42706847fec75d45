import { GatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import { fieldErrorsFromGateway } from '../../shared/forms/form-errors';

/**
 * The gateway names list items by index (`input.partner.workingDistrictIds.0`) and the
 * document by its parts (`input.attachment.contentBase64`); the forms have one field for each.
 */
function formFieldPath(field: string): string {
  const segments = field.split('.').filter((segment) => !/^\d+$/.test(segment));
  const attachment = segments.indexOf('attachment');
  return (attachment >= 0 ? segments.slice(0, attachment + 1) : segments).join('.');
}

/** fieldErrorsFromGateway, after folding list indexes and the document's parts into their field. */
export function partnerFormErrors<Field extends string>(
  error: GatewayError,
  formFields: readonly Field[],
  fieldMap: Readonly<Record<string, Field>> = {},
): FormErrors<Field> {
  const folded = new GatewayError(
    error.code,
    error.message,
    error.fieldErrors.map(({ field, message }) => ({ field: formFieldPath(field), message })),
    error.extensions,
  );
  return fieldErrorsFromGateway(folded, formFields, fieldMap);
}
