import type { apiClientsNb } from './messages.nb';

/** English: API clients. */
export const apiClientsEn: Record<keyof typeof apiClientsNb, string> = {
  'apiClients.title': 'API clients',
  'apiClients.intro':
    'Organisations that read from the platform through the GraphQL API, with their own keys, scopes and districts.',
  'apiClients.docsLink': 'API documentation',
  'apiClients.explorerLink': 'API explorer',
  'apiClients.backToList': 'Back to the API clients',

  'apiClients.list.actions': 'API client actions',
  'apiClients.list.create': 'New API client',
  'apiClients.list.caption': 'API clients ({count} in all)',
  'apiClients.list.empty': 'No API clients yet.',
  'apiClients.list.never': 'Never',
  'apiClients.list.noExpiry': 'Does not expire',
  'apiClients.list.organisation': 'Organisation',

  'apiClients.status': 'Status',
  'apiClients.status.ACTIVE': 'Active',
  'apiClients.status.EXPIRED': 'Expired',
  'apiClients.status.REVOKED': 'Revoked',

  'apiClients.scope.groups:read': 'Read groups (groups:read)',
  'apiClients.scope.activities:read': 'Read activities (activities:read)',
  'apiClients.scope.referrals:write': 'Submit referrals and requests (referrals:write)',
  'apiClients.scope.statistics:read': 'Read statistics (statistics:read)',

  'apiClients.field.name': 'Client name',
  'apiClients.field.nameHint': 'The organisation or service, for example “NAV Bergen”.',
  'apiClients.field.contactName': 'Contact person',
  'apiClients.field.contactEmail': "Contact person's email",
  'apiClients.field.organisationNumber': 'Organisation number',
  'apiClients.field.organisationNumberHint':
    'Optional: nine digits. With it the organisation can use an access token from Maskinporten instead of a key.',
  'apiClients.field.partnerId': 'Partner',
  'apiClients.field.partnerIdHint': 'Optional: link the client to a partner in the network.',
  'apiClients.field.noPartner': 'No partner',
  'apiClients.field.scopes': 'Scopes',
  'apiClients.field.scopesHint':
    'No scope opens inquiries, cases, facilitators, volunteer peers, contact persons or staff.',
  'apiClients.field.districtIds': 'Districts the client sees',
  'apiClients.field.districtIdsFixed': 'District',
  'apiClients.field.districtIdsFixedHint': 'A district lead creates clients for their own district.',
  'apiClients.field.expiresAt': 'Expiry date',
  'apiClients.field.expiresAtHint':
    'Optional. The keys stop working at midnight as this date begins. Empty: does not expire.',
  'apiClients.field.overlapDays': 'Days the old key keeps working',
  'apiClients.field.overlapDaysHint': '0 to 30. 0: the old key stops working at once.',

  'apiClients.form.create': 'Create API client',
  'apiClients.form.save': 'Save changes',
  'apiClients.form.cancel': 'Cancel',
  'apiClients.form.conflict': 'Someone else changed the API client after you opened the form.',
  'apiClients.form.dateFormat': 'Write the date as YYYY-MM-DD.',
  'apiClients.form.overlapRange': 'Enter a whole number from 0 to 30.',
  'apiClients.conflict.heading': 'Changed by someone else',
  'apiClients.conflict.body':
    'What you typed is still in the form. Saving now overwrites the changes the other person made.',
  'apiClients.conflict.reload': 'Load what is saved now (what you typed is lost)',

  'apiClients.new.title': 'New API client',
  'apiClients.edit.title': 'Edit {name}',

  'apiClients.key.createdHeading': 'The API client {name} is created',
  'apiClients.key.rotatedHeading': 'New key for {name}',
  'apiClients.key.label': 'API key',
  'apiClients.key.once':
    'Copy the key now and hand it safely to the organisation. It will not be shown again: the platform keeps only a fingerprint of it.',
  'apiClients.key.copy': 'Copy the key',
  'apiClients.key.copied': 'The key is copied.',
  'apiClients.key.copyFailed': 'Could not copy. Select the text and copy it yourself.',
  'apiClients.key.usage': 'How to use it: send it in a header with every request to the GraphQL API:',
  'apiClients.key.docsLink': 'Read the API documentation: how the organisation gets started',
  'apiClients.key.overlap': 'The earlier keys work until {until}, so the organisation has time to switch.',
  'apiClients.key.toClient': 'Go to the API client',

  'apiClients.page.edit': 'Edit the API client',
  'apiClients.page.facts': 'Details',
  'apiClients.page.created': 'Created',
  'apiClients.page.revokedAt': 'Revoked',
  'apiClients.page.lastUsed': 'Last used',
  'apiClients.page.partnerUnknown': 'A partner you cannot see',
  'apiClients.page.none': 'None',
  'apiClients.page.notice.saved': 'The changes are saved.',
  'apiClients.page.notice.revoked': 'The API client is revoked. None of its keys work any more.',

  'apiClients.secrets.heading': 'Keys',
  'apiClients.secrets.caption': 'The keys of {name}, newest first',
  'apiClients.secrets.key': 'Key',
  'apiClients.secrets.created': 'Made',
  'apiClients.secrets.validUntil': 'Works until',
  'apiClients.secrets.revoked': 'Revoked',
  'apiClients.secrets.lastUsed': 'Last used',
  'apiClients.secrets.endsWith': 'shn_…{lastFour}',
  'apiClients.secrets.noEnd': 'Until rotated',

  'apiClients.usage.heading': 'Use in the last {days} days',
  'apiClients.usage.totals':
    '{requests} requests, {points} points spent. {rateLimited} refused because the budget was spent (HTTP 429), {errors} with errors.',
  'apiClients.usage.chart': 'Requests per day',
  'apiClients.usage.day': 'Day',
  'apiClients.usage.requests': 'Requests',
  'apiClients.usage.rateLimited': 'Refused (budget)',
  'apiClients.usage.errors': 'With errors',
  'apiClients.usage.points': 'Points',
  'apiClients.usage.operations': 'Operations, most points first',
  'apiClients.usage.operation': 'Operation',
  'apiClients.usage.anonymous': 'Unnamed',
  'apiClients.list.requests': 'Requests, last {days} days',

  'apiClients.rotate.heading': 'New key (rotation)',
  'apiClients.rotate.explanation':
    'Makes a new key. The keys in use now keep working for this many days, so the organisation has time to switch.',
  'apiClients.rotate.submit': 'Make a new key',

  'apiClients.revoke.heading': 'Revoke the API client',
  'apiClients.revoke.explanation': 'Every key of the client stops working within a second. This cannot be undone.',
  'apiClients.revoke.start': 'Revoke …',
  'apiClients.revoke.question': 'Revoke {name}? Every key stops working, and this cannot be undone.',
  'apiClients.revoke.confirm': 'Yes, revoke',
  'apiClients.revoke.done': 'The client was revoked {date}.',
};
