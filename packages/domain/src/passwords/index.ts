export * from './assess-password.js';
