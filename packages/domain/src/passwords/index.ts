export * from './assess-password.js';
export * from './refusal-messages.js';
