export * from './api-key.js';
export * from './scopes.js';
export * from './rules.js';
export * from './api-client-input.js';
export * from './access-token.js';
