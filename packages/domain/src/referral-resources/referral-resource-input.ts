import { z } from 'zod';
import { optionalPhoneSchema } from '../facilitators/facilitator-input.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import { isUuid, requiredText } from '../input-fields.js';
import { websiteSchema } from '../partners/partner-input.js';
import { findMunicipality } from '../reference/municipalities.js';
import type { ReferralResourceData } from './types.js';
import { REFERRAL_AREA_KINDS, REFERRAL_RESOURCE_TYPES } from './types.js';

export const REFERRAL_RESOURCE_NAME_MAX_LENGTH = 200;
export const REFERRAL_RESOURCE_TEXT_MAX_LENGTH = 2000;
export const MAX_REFERRAL_MUNICIPALITIES = 60;

/** The GraphQL `ReferralResourceInput` → `ReferralResourceData`; issue paths are the field names. */
export const referralResourceInputSchema = z
  .object(
    {
      name: requiredText('NAME_REQUIRED', REFERRAL_RESOURCE_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
      type: z.enum(REFERRAL_RESOURCE_TYPES, { message: 'REFERRAL_RESOURCE_TYPE_REQUIRED' }),
      offers: requiredText('REFERRAL_OFFERS_REQUIRED', REFERRAL_RESOURCE_TEXT_MAX_LENGTH, 'DESCRIPTION_TOO_LONG'),
      areaKind: z.enum(REFERRAL_AREA_KINDS, { message: 'REFERRAL_AREA_REQUIRED' }),
      municipalityNumbers: z
        .array(z.string({ message: 'UNKNOWN_MUNICIPALITY_NUMBER' }).trim(), { message: 'LIST_INVALID' })
        .nullish()
        .transform((numbers) => [...new Set(numbers ?? [])].sort())
        .superRefine((numbers, ctx) => {
          for (const number of numbers)
            if (!findMunicipality(number))
              ctx.addIssue({ code: 'custom', message: 'UNKNOWN_MUNICIPALITY_NUMBER', params: { number } });
          if (numbers.length > MAX_REFERRAL_MUNICIPALITIES)
            ctx.addIssue({ code: 'custom', message: 'TOO_MANY', params: { maximum: MAX_REFERRAL_MUNICIPALITIES } });
        }),
      howToRefer: requiredText('REFERRAL_HOW_REQUIRED', REFERRAL_RESOURCE_TEXT_MAX_LENGTH, 'DESCRIPTION_TOO_LONG'),
      phone: optionalPhoneSchema,
      website: websiteSchema,
      partnerId: z.preprocess(
        (value) => (value === '' || value === undefined ? null : value),
        z.string({ message: 'UNKNOWN_PARTNER' }).refine(isUuid, { message: 'UNKNOWN_PARTNER' }).nullable(),
      ),
    },
    { message: 'REFERRAL_RESOURCE_INCOMPLETE' },
  )
  .superRefine(
    (input, ctx) => {
      const count = Array.isArray(input.municipalityNumbers) ? input.municipalityNumbers.length : 0;
      if (input.areaKind === 'MUNICIPALITIES' && count === 0)
        ctx.addIssue({ code: 'custom', path: ['municipalityNumbers'], message: 'REFERRAL_MUNICIPALITIES_REQUIRED' });
      if (input.areaKind !== 'MUNICIPALITIES' && count > 0)
        ctx.addIssue({ code: 'custom', path: ['municipalityNumbers'], message: 'REFERRAL_MUNICIPALITIES_ONLY_LOCAL' });
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<ReferralResourceData, unknown>;

export type ReferralResourceInput = z.input<typeof referralResourceInputSchema>;
